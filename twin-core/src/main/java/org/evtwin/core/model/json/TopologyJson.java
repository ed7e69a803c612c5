package org.evtwin.core.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.CoolingSpec;
import org.evtwin.core.model.LayoutSpec;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.model.SpreadSpec;

/**
 * Reads pack topology files (schema {@value #SCHEMA}, see {@code assets/schemas/pack-topology.schema.json}). The cell
 * is either embedded ({@code "cell": {...}}) or referenced ({@code "cellFile": "cells/x.json"} relative to the
 * topology file, or {@code "cellName": "nissan-leaf-2013-33ah"} for a built-in cell).
 */
public final class TopologyJson {
    public static final String SCHEMA = "evtwin.pack/1";
    private static final Set<String> ROOT = Set.of("schema", "name", "description", "cell", "cellFile", "cellName",
            "modules", "seriesPerModule", "parallel", "interconnectResistanceOhm", "cooling", "layout", "spread");
    private static final Set<String> COOLING = Set.of("heatTransferCoefficientWPerM2K", "coolantTemperatureC",
            "neighbourConductanceWPerK", "convectionExponent", "referenceTemperatureDifferenceK", "emissivity",
            "source");
    private static final Set<String> LAYOUT = Set.of("cellsX", "cellsY", "cellsZ", "pitchXM", "pitchYM", "pitchZM",
            "modulesX", "moduleGapM");
    private static final Set<String> SPREAD = Set.of("seed", "capacitySigma", "resistanceSigma",
            "selfDischargeSigma", "source");

    private TopologyJson() {
    }

    /** Reads a topology file; {@code builtInCells} resolves {@code cellName} references. */
    public static PackTopology read(Path file, Function<String, CellParameters> builtInCells) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), file.toAbsolutePath().getParent(), builtInCells);
        } catch (IOException e) {
            throw new TwinException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public static PackTopology read(InputStream in, String fileName, Path baseDir,
            Function<String, CellParameters> builtInCells) {
        JsonCursor c = JsonCursor.parse(in, fileName);
        c.requireSchema(SCHEMA);
        c.allowOnly(ROOT);
        CellParameters cell = cell(c, baseDir, builtInCells);
        int modules = c.positiveInt("modules");
        int series = c.positiveInt("seriesPerModule");
        int parallel = c.positiveInt("parallel");
        CoolingSpec cooling = cooling(c.object("cooling"));
        JsonCursor l = c.object("layout");
        l.allowOnly(LAYOUT);
        LayoutSpec layout = new LayoutSpec(l.positiveInt("cellsX"), l.positiveInt("cellsY"), l.positiveInt("cellsZ"),
                l.positive("pitchXM"), l.positive("pitchYM"), l.positive("pitchZM"), l.positiveInt("modulesX"),
                l.nonNegative("moduleGapM", 0.0));
        if (layout.cellsPerModule() != series * parallel) {
            throw l.error("cellsX·cellsY·cellsZ = " + layout.cellsPerModule() + " must equal the cells per module "
                    + "seriesPerModule·parallel = " + series * parallel);
        }
        SpreadSpec spread = SpreadSpec.none();
        if (c.has("spread")) {
            JsonCursor s = c.object("spread");
            s.allowOnly(SPREAD);
            spread = new SpreadSpec(s.wholeNumber("seed", 1), s.fraction("capacitySigma", 0),
                    s.fraction("resistanceSigma", 0), s.fraction("selfDischargeSigma", 0), s.text("source", ""));
        }
        return new PackTopology(c.text("name"), c.text("description", ""), cell, modules, series, parallel,
                c.nonNegative("interconnectResistanceOhm", 0.0), cooling, layout, spread);
    }

    /**
     * The cooling object. Optional fields (defaults: the constant-h law of forced convection or liquid cooling):
     * {@code convectionExponent} m, 1 … 2 (1; 1.25 = laminar natural convection),
     * {@code referenceTemperatureDifferenceK} ΔT_ref at which h applies when m ≠ 1 ({@value CoolingSpec#DEFAULT_REFERENCE_DELTA_K} K, &gt; 0) and
     * {@code emissivity} ε, 0 … 1 (0 = no radiation). See {@link CoolingSpec}.
     */
    private static CoolingSpec cooling(JsonCursor cool) {
        cool.allowOnly(COOLING);
        double exponent = cool.number("convectionExponent", CoolingSpec.LINEAR);
        if (!(exponent >= 1 && exponent <= 2)) {
            throw cool.field("convectionExponent").error("must be between 1 and 2 (found " + exponent
                    + "; 1 = constant h, 1.25 = laminar natural convection)");
        }
        double reference = CoolingSpec.DEFAULT_REFERENCE_DELTA_K;
        if (cool.has("referenceTemperatureDifferenceK")) {
            reference = cool.positive("referenceTemperatureDifferenceK");
        }
        return new CoolingSpec(cool.nonNegative("heatTransferCoefficientWPerM2K", 0),
                cool.number("coolantTemperatureC", 25.0), cool.nonNegative("neighbourConductanceWPerK", 0),
                exponent, reference, cool.fraction("emissivity", 0.0), cool.text("source", "not stated"));
    }

    private static CellParameters cell(JsonCursor c, Path baseDir, Function<String, CellParameters> builtIns) {
        if (c.has("cell")) {
            return CellParametersJson.fromJson(c.object("cell"));
        }
        if (c.has("cellFile")) {
            String ref = c.text("cellFile");
            Path p = baseDir == null ? Path.of(ref) : baseDir.resolve(ref);
            if (!Files.isRegularFile(p)) {
                throw c.field("cellFile").error("cell file not found: " + p);
            }
            return CellParametersJson.read(p);
        }
        if (c.has("cellName")) {
            String name = c.text("cellName");
            CellParameters cell = builtIns.apply(name);
            if (cell == null) {
                throw c.field("cellName").error("no built-in cell named \"" + name + "\"");
            }
            return cell;
        }
        throw c.error("one of \"cell\", \"cellFile\" or \"cellName\" is required");
    }
}
