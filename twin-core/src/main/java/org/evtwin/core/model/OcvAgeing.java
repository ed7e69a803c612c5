package org.evtwin.core.model;

import java.util.Arrays;

/**
 * Age-dependent change of the OCV curve's shape: {@code ΔOCV(z, SoH) = (1 − SoH)·d(z)}, d linear between SoC knots
 * (held constant outside them), SoH = the cell's capacity relative to the rated capacity of its parameter set. An
 * OCV curve that is only stretched in capacity keeps its shape; as lithium inventory and active material are lost the
 * electrodes' windows shift against each other and the full-cell curve changes shape. Without half-cell curves the
 * shift cannot be built from the electrodes, so d is an empirical table identified on aged discharges (e.g.
 * {@code org.evtwin.core.fit.NasaAgeingFit}); it applies to the equilibrium voltage at every current.
 *
 * <p>{@code resistanceGrowthPerUnitFade} is k of the resistance factor {@code 1 + k·(1 − SoH)} identified jointly
 * with d. The pack model does not apply it (its ageing model carries its own resistance growth); replays that are
 * told a measured capacity apply it together with the capacity.
 *
 * <p>Known limits (no shipped cell file carries a shape yet; docs/validation.md says why): the pack model takes the
 * SoH from the cell's capacity factor, which also holds the manufacturing spread, so a new cell drawn below rated
 * capacity gets a small shift; and the shift is looked up with the other coefficients (every refresh interval, at
 * the bulk SoC) and held in between, its slope not part of the step's implicit OCV term. Both need revisiting
 * before a shape is shipped.
 *
 * @param socKnots                      SoC knots, strictly increasing, within 0–1, at least two
 * @param shiftVPerUnitFade             d at the knots [V per unit of (1 − SoH)], finite
 * @param resistanceGrowthPerUnitFade   k [-], finite, ≥ 0
 * @param source                        where d and k come from (data, discharges, method)
 */
public record OcvAgeing(double[] socKnots, double[] shiftVPerUnitFade, double resistanceGrowthPerUnitFade,
        String source) {

    public OcvAgeing {
        String rule = violation(socKnots, shiftVPerUnitFade, resistanceGrowthPerUnitFade);
        if (rule != null) {
            throw new IllegalArgumentException(rule);
        }
        socKnots = socKnots.clone();
        shiftVPerUnitFade = shiftVPerUnitFade.clone();
        source = source == null ? "" : source;
    }

    /** The first rule the values break (the message names the field), or null if they are valid. */
    public static String violation(double[] knots, double[] shift, double k) {
        if (knots == null || knots.length < 2) {
            return "socKnots: at least two knots are needed";
        }
        for (int i = 0; i < knots.length; i++) {
            if (!(knots[i] >= 0 && knots[i] <= 1)) {
                return "socKnots[" + i + "]: SoC must be between 0 and 1, found " + knots[i];
            }
            if (i > 0 && !(knots[i] > knots[i - 1])) {
                return "socKnots[" + i + "]: knots must increase strictly (" + knots[i] + " after " + knots[i - 1]
                        + ")";
            }
        }
        if (shift == null || shift.length != knots.length) {
            return "shiftVPerUnitFade: must have one value per SoC knot (" + knots.length + ")";
        }
        for (int i = 0; i < shift.length; i++) {
            if (!Double.isFinite(shift[i])) {
                return "shiftVPerUnitFade[" + i + "]: must be finite, found " + shift[i];
            }
        }
        if (!(k >= 0) || !Double.isFinite(k)) {
            return "resistanceGrowthPerUnitFade: must be finite and >= 0, found " + k;
        }
        return null;
    }

    /** Fade 1 − SoH for a capacity relative to rated; a cell at or above its rated capacity has none. */
    public static double fade(double capacityFraction) {
        return Math.max(0.0, 1.0 - capacityFraction);
    }

    /** d(z) [V per unit fade]: linear between knots, the end values outside them. */
    public double shapeV(double soc) {
        double[] z = socKnots;
        if (soc <= z[0]) {
            return shiftVPerUnitFade[0];
        }
        int last = z.length - 1;
        if (soc >= z[last]) {
            return shiftVPerUnitFade[last];
        }
        int j = Table2D.lowerIndex(z, soc);
        double w = (soc - z[j]) / (z[j + 1] - z[j]);
        return shiftVPerUnitFade[j] + (shiftVPerUnitFade[j + 1] - shiftVPerUnitFade[j]) * w;
    }

    /** ΔOCV [V] at a SoC for a capacity relative to rated. */
    public double shiftV(double soc, double capacityFraction) {
        double f = fade(capacityFraction);
        return f == 0.0 ? 0.0 : f * shapeV(soc);
    }

    /** Resistance factor 1 + k·(1 − SoH) for a capacity relative to rated. */
    public double resistanceFactor(double capacityFraction) {
        return 1.0 + resistanceGrowthPerUnitFade * fade(capacityFraction);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OcvAgeing a && Arrays.equals(socKnots, a.socKnots)
                && Arrays.equals(shiftVPerUnitFade, a.shiftVPerUnitFade)
                && Double.compare(resistanceGrowthPerUnitFade, a.resistanceGrowthPerUnitFade) == 0
                && source.equals(a.source);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(socKnots) * 31 + Arrays.hashCode(shiftVPerUnitFade);
    }

    @Override
    public String toString() {
        return "OcvAgeing[socKnots=" + Arrays.toString(socKnots) + ", shiftVPerUnitFade="
                + Arrays.toString(shiftVPerUnitFade) + ", k=" + resistanceGrowthPerUnitFade + "]";
    }
}
