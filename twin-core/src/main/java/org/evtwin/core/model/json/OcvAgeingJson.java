package org.evtwin.core.model.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evtwin.core.model.OcvAgeing;

/**
 * The optional age-dependent OCV shape of a cell file, {@code $.ecm.ocvAgeing}: {@code socKnots} (strictly
 * increasing, 0–1), {@code shiftVPerUnitFade} (one finite value per knot, V per unit of 1 − SoH),
 * {@code resistanceGrowthPerUnitFade} (k ≥ 0) and {@code source} (provenance text).
 */
final class OcvAgeingJson {
    static final String FIELD = "ocvAgeing";

    private OcvAgeingJson() {
    }

    static OcvAgeing read(JsonCursor a) {
        double[] knots = a.numbers("socKnots");
        double[] shift = a.numbers("shiftVPerUnitFade");
        double k = a.number("resistanceGrowthPerUnitFade");
        String rule = OcvAgeing.violation(knots, shift, k);
        if (rule != null) {
            // the rule starts with the offending field ("socKnots[3]: ..."): name it in the JSON path
            int colon = rule.indexOf(": ");
            throw a.errorAt(rule.substring(0, colon), rule.substring(colon + 2));
        }
        return new OcvAgeing(knots, shift, k, a.text("source", ""));
    }

    static void write(OcvAgeing a, ObjectNode ecm) {
        ObjectNode o = ecm.putObject(FIELD);
        ArrayNode knots = o.putArray("socKnots");
        for (double z : a.socKnots()) {
            knots.add(z);
        }
        ArrayNode shift = o.putArray("shiftVPerUnitFade");
        for (double d : a.shiftVPerUnitFade()) {
            shift.add(d);
        }
        o.put("resistanceGrowthPerUnitFade", a.resistanceGrowthPerUnitFade());
        o.put("source", a.source());
    }
}
