package org.evtwin.core.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import org.evtwin.core.TwinException;
import org.evtwin.core.fit.FitResult;
import org.evtwin.core.fit.LeafCellFit;
import org.evtwin.core.fit.NasaCellFit;
import org.evtwin.core.fit.NasaResistanceGrowth;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.CoolingSpec;
import org.evtwin.core.model.OcvAgeing;

/** Entry point of the validation: fits (or takes) the two cells and replays the measured tests on the pack solver. */
public final class Validation {
    private Validation() {
    }

    /** Fits both cells from the raw data (the same fits that produce the shipped parameter files) and validates. */
    public static List<ValidationCase> run(Path rawDataRoot, Consumer<String> progress) {
        FitResult leaf = LeafCellFit.fit(rawDataRoot.resolve(LeafCellFit.DATASET), progress);
        FitResult nasa = NasaCellFit.fit(rawDataRoot.resolve(NasaCellFit.DATASET), progress);
        return run(rawDataRoot, leaf.params(), nasa.params(), progress);
    }

    /**
     * Validates given parameter sets (e.g. the shipped files). Each must carry the identified h in its provenance
     * ({@link FitResult#H_KEY}); the heat-rejection law identified with it ({@link FitResult#identifiedCooling}) is
     * used.
     */
    public static List<ValidationCase> run(Path rawDataRoot, CellParameters leaf, CellParameters nasa,
            Consumer<String> progress) {
        List<ValidationCase> cases = new ArrayList<>();
        cases.addAll(LeafValidation.run(rawDataRoot, leaf, cooling(leaf), progress));
        DoubleUnaryOperator resistanceFactor;
        if (nasa.ecm().hasOcvAgeing()) {
            OcvAgeing a = nasa.ecm().ocvAgeing();
            resistanceFactor = a::resistanceFactor;
            progress.accept(String.format(java.util.Locale.ROOT, "NASA ageing from the cell file: OCV shape on %d "
                    + "knots, R x (1 + %.3f (1 - SoH))", a.socKnots().length, a.resistanceGrowthPerUnitFade()));
        } else {
            NasaResistanceGrowth.Result growth = NasaResistanceGrowth.fit(rawDataRoot.resolve(NasaCellFit.DATASET),
                    nasa, progress);
            resistanceFactor = growth::scaleAt;
            progress.accept(String.format(java.util.Locale.ROOT,
                    "NASA resistance growth (B0005): R x (1 + %.3f (1 - SoH)), relation RMSE %.3f",
                    growth.slopePerUnitFade(), growth.relationRmse()));
        }
        cases.addAll(NasaValidation.run(rawDataRoot, nasa, cooling(nasa), resistanceFactor, progress));
        return cases;
    }

    /** The heat-rejection law identified with cp (h, and exponent/emissivity if the provenance has them). */
    private static CoolingSpec cooling(CellParameters cell) {
        CoolingSpec c = FitResult.identifiedCooling(cell, 25.0);
        if (c == null) {
            throw new TwinException(cell.name() + ": provenance has no " + FitResult.H_KEY
                    + " (heat transfer coefficient identified with cp)");
        }
        return c;
    }
}
