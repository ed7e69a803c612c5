package org.evtwin.core.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellGeometry;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.model.Provenance;
import org.evtwin.core.model.Table2D;
import org.evtwin.core.model.ThermalProperties;

/**
 * Reads and writes cell parameter files (schema {@value #SCHEMA}, documented in
 * {@code assets/schemas/cell-parameters.schema.json}). Reading validates every physical rule and names the file,
 * the JSON path and the rule in the error.
 */
public final class CellParametersJson {
    public static final String SCHEMA = "evtwin.cell/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CellParametersJson() {
    }

    public static CellParameters read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new TwinException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public static CellParameters read(InputStream in, String fileName) {
        return fromJson(JsonCursor.parse(in, fileName));
    }

    static CellParameters fromJson(JsonCursor c) {
        c.requireSchema(SCHEMA);
        double capacityAh = c.positive("capacityAh");
        EcmParameters ecm = readEcm(c.object("ecm"));
        CellLimits limits = readLimits(c.object("limits"), ecm);
        JsonCursor t = c.object("thermal");
        ThermalProperties thermal = new ThermalProperties(t.positive("massKg"), t.positive("specificHeatJPerKgK"),
                t.positive("surfaceAreaM2"));
        JsonCursor g = c.object("geometry");
        CellGeometry geometry = new CellGeometry(g.text("shape"), g.positive("widthM"), g.positive("depthM"),
                g.positive("heightM"));
        Provenance provenance = c.has("provenance") ? readProvenance(c.object("provenance"))
                : Provenance.of("not stated");
        String ageing = c.text("ageingModel", "none");
        if (!CellParameters.AGEING_MODELS.contains(ageing)) {
            throw c.field("ageingModel").error("unknown ageing model \"" + ageing + "\"; expected one of "
                    + CellParameters.AGEING_MODELS);
        }
        return new CellParameters(c.text("name"), c.text("chemistry"), capacityAh, ecm, limits, thermal, geometry,
                ageing, provenance);
    }

    private static EcmParameters readEcm(JsonCursor e) {
        double[] soc = e.numbers("socGrid");
        double[] temps = e.numbers("temperaturesC");
        for (int i = 0; i < soc.length; i++) {
            if (soc[i] < 0 || soc[i] > 1) {
                throw e.field("socGrid").error("SoC must be between 0 and 1, found " + soc[i] + " at index " + i);
            }
            if (i > 0 && soc[i] <= soc[i - 1]) {
                throw e.field("socGrid").error("SoC grid must increase strictly (index " + i + ": " + soc[i]
                        + " after " + soc[i - 1] + ")");
            }
        }
        for (int i = 1; i < temps.length; i++) {
            if (temps[i] <= temps[i - 1]) {
                throw e.field("temperaturesC").error("temperatures must increase strictly (index " + i + ")");
            }
        }
        Table2D ocv = table(e, "ocvV", soc, temps, false);
        double[][] o = ocv.values();
        for (int r = 0; r < o.length; r++) {
            for (int s = 1; s < o[r].length; s++) {
                if (o[r][s] <= o[r][s - 1]) {
                    throw e.field("ocvV").element(r, s).error("OCV must increase with SoC (" + o[r][s] + " V at SoC "
                            + soc[s] + " is not above " + o[r][s - 1] + " V at SoC " + soc[s - 1] + ")");
                }
            }
        }
        double referenceC = e.number("referenceTemperatureC", 25.0);
        return new EcmParameters(ocv, table(e, "r0Ohm", soc, temps, true), table(e, "r1Ohm", soc, temps, true),
                table(e, "c1F", soc, temps, true), table(e, "r2Ohm", soc, temps, true),
                table(e, "c2F", soc, temps, true), efficiency(e), e.nonNegative("selfDischargePerDay", 0.0),
                e.nonNegative("resistanceActivationJPerMol", 0.0), referenceC,
                e.has("diffusion") ? diffusion(e.object("diffusion"), referenceC) : null,
                e.has(OcvAgeingJson.FIELD) ? OcvAgeingJson.read(e.object(OcvAgeingJson.FIELD)) : null);
    }

    /** The optional diffusion lag ({@code $.ecm.diffusion}); its reference temperature defaults to the ECM's. */
    private static EcmParameters.Diffusion diffusion(JsonCursor d, double ecmReferenceC) {
        double tau = d.positive("timeConstantS");
        double gain = d.positive("gain");
        return new EcmParameters.Diffusion(tau, gain, d.nonNegative("activationJPerMol", 0.0),
                d.number("referenceTemperatureC", ecmReferenceC));
    }

    private static double efficiency(JsonCursor e) {
        double eta = e.fraction("coulombicEfficiency", 1.0);
        if (eta <= 0) {
            throw e.field("coulombicEfficiency").error("must be > 0");
        }
        return eta;
    }

    private static Table2D table(JsonCursor e, String name, double[] soc, double[] temps, boolean positive) {
        double[][] m = e.matrix(name, temps.length, soc.length);
        if (positive) {
            for (int r = 0; r < m.length; r++) {
                for (int s = 0; s < m[r].length; s++) {
                    if (!(m[r][s] > 0)) {
                        throw e.field(name).element(r, s).error("must be > 0 (found " + m[r][s] + ")");
                    }
                }
            }
        }
        return new Table2D(soc, temps, m);
    }

    private static CellLimits readLimits(JsonCursor l, EcmParameters ecm) {
        double vMin = l.positive("minVoltageV");
        double vMax = l.positive("maxVoltageV");
        if (vMax <= vMin) {
            throw l.field("maxVoltageV").error("must be above minVoltageV (" + vMin + " V)");
        }
        double tMin = l.number("minTemperatureC");
        double tMax = l.number("maxTemperatureC");
        if (tMax <= tMin) {
            throw l.field("maxTemperatureC").error("must be above minTemperatureC");
        }
        double low = l.number("deratingLowC", tMin);
        double high = l.number("deratingHighC", tMax);
        if (low < tMin || low > tMax) {
            throw l.field("deratingLowC").error("must lie between minTemperatureC and maxTemperatureC (found " + low
                    + ")");
        }
        if (high < tMin || high > tMax) {
            throw l.field("deratingHighC").error("must lie between minTemperatureC and maxTemperatureC (found " + high
                    + ")");
        }
        return new CellLimits(vMin, vMax, tMin, tMax, l.positive("maxDischargeCRate"), l.positive("maxChargeCRate"),
                low, high);
    }

    private static Provenance readProvenance(JsonCursor p) {
        List<String> files = new ArrayList<>();
        if (p.has("files")) {
            for (JsonNode f : p.field("files").node()) {
                files.add(f.asText());
            }
        }
        Map<String, Double> residuals = new LinkedHashMap<>();
        if (p.has("residuals")) {
            p.field("residuals").node().fields().forEachRemaining(en -> residuals.put(en.getKey(),
                    en.getValue().asDouble()));
        }
        return new Provenance(p.text("source", ""), files, p.text("method", ""), residuals, p.text("created", ""));
    }

    /** Writes a parameter file that {@link #read(Path)} reads back to an equal record. */
    public static void write(CellParameters cell, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            MAPPER.writeValue(tmp.toFile(), toJson(cell));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TwinException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    public static ObjectNode toJson(CellParameters cell) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("name", cell.name());
        root.put("chemistry", cell.chemistry());
        root.put("capacityAh", cell.capacityAh());
        EcmParameters e = cell.ecm();
        ObjectNode ecm = root.putObject("ecm");
        array(ecm.putArray("socGrid"), e.ocvV().socs());
        array(ecm.putArray("temperaturesC"), e.ocvV().temperaturesC());
        matrix(ecm.putArray("ocvV"), e.ocvV());
        matrix(ecm.putArray("r0Ohm"), e.r0Ohm());
        matrix(ecm.putArray("r1Ohm"), e.r1Ohm());
        matrix(ecm.putArray("c1F"), e.c1F());
        matrix(ecm.putArray("r2Ohm"), e.r2Ohm());
        matrix(ecm.putArray("c2F"), e.c2F());
        ecm.put("coulombicEfficiency", e.coulombicEfficiency());
        ecm.put("selfDischargePerDay", e.selfDischargePerDay());
        ecm.put("resistanceActivationJPerMol", e.resistanceActivationJPerMol());
        ecm.put("referenceTemperatureC", e.referenceTemperatureC());
        if (e.hasDiffusion()) {
            EcmParameters.Diffusion d = e.diffusion();
            ObjectNode lag = ecm.putObject("diffusion");
            lag.put("timeConstantS", d.timeConstantS());
            lag.put("gain", d.gain());
            lag.put("activationJPerMol", d.activationJPerMol());
            lag.put("referenceTemperatureC", d.referenceTemperatureC());
        }
        if (e.hasOcvAgeing()) {
            OcvAgeingJson.write(e.ocvAgeing(), ecm);
        }
        CellLimits l = cell.limits();
        ObjectNode limits = root.putObject("limits");
        limits.put("minVoltageV", l.minVoltageV());
        limits.put("maxVoltageV", l.maxVoltageV());
        limits.put("minTemperatureC", l.minTemperatureC());
        limits.put("maxTemperatureC", l.maxTemperatureC());
        limits.put("maxDischargeCRate", l.maxDischargeCRate());
        limits.put("maxChargeCRate", l.maxChargeCRate());
        limits.put("deratingLowC", l.deratingLowC());
        limits.put("deratingHighC", l.deratingHighC());
        ObjectNode thermal = root.putObject("thermal");
        thermal.put("massKg", cell.thermal().massKg());
        thermal.put("specificHeatJPerKgK", cell.thermal().specificHeatJPerKgK());
        thermal.put("surfaceAreaM2", cell.thermal().surfaceAreaM2());
        ObjectNode geometry = root.putObject("geometry");
        geometry.put("shape", cell.geometry().shape());
        geometry.put("widthM", cell.geometry().widthM());
        geometry.put("depthM", cell.geometry().depthM());
        geometry.put("heightM", cell.geometry().heightM());
        root.put("ageingModel", cell.ageingModel());
        Provenance p = cell.provenance();
        ObjectNode prov = root.putObject("provenance");
        prov.put("source", p.source());
        ArrayNode files = prov.putArray("files");
        p.files().forEach(files::add);
        prov.put("method", p.method());
        ObjectNode residuals = prov.putObject("residuals");
        p.residuals().forEach(residuals::put);
        prov.put("created", p.created());
        return root;
    }

    private static void array(ArrayNode target, double[] values) {
        for (double v : values) {
            target.add(v);
        }
    }

    private static void matrix(ArrayNode target, Table2D table) {
        for (double[] row : table.values()) {
            array(target.addArray(), row);
        }
    }
}
