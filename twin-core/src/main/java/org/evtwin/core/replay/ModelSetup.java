package org.evtwin.core.replay;

import org.evtwin.core.TwinException;
import org.evtwin.core.fit.FitResult;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.CoolingSpec;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.PackModel;

/**
 * Which model runs alongside a recording and how it starts.
 *
 * <p>The model built from it has the cell's BMS window opened (1–5 V, −100…200 degC, 1000 C): the measured current is
 * imposed on the model, which must follow it and not clamp it when the model's voltage crosses a cut-off the real
 * cell did not (the same choice as the validation replay, {@code org.evtwin.core.validate}). {@link #topology()}
 * keeps the cell's own limits (for alert thresholds and displays).
 *
 * @param topology        the model's pack (a 1s1p pack for a single-cell test)
 * @param initialSoc      SoC of every cell at the first replayed sample; NaN = from the data (a recorded SoC, else
 *                        the OCV table at the first measured voltage, see {@link InitialSoc})
 * @param ambientC        ambient/coolant temperature [degC]; NaN = from the data (the recorded ambient, held between
 *                        samples; without one, the first sample's mean measured cell temperature, held throughout)
 * @param capacityScale   the cells' capacity relative to the parameter set (a SoH estimate of the tested cell)
 * @param resistanceScale factor on all resistances
 * @param maxStepS        longest solver step [s]; a longer sample interval is split into equal steps
 */
public record ModelSetup(PackTopology topology, double initialSoc, double ambientC, double capacityScale,
        double resistanceScale, double maxStepS) {
    /** The validation replay's step: the RC branches are exact at any step, the thermal update is not. */
    public static final double DEFAULT_MAX_STEP_S = 1.0;
    private static final CellLimits OPEN = new CellLimits(1.0, 5.0, -100, 200, 1000, 1000, -100, 200);

    public ModelSetup {
        if (!(Double.isNaN(initialSoc) || initialSoc >= 0 && initialSoc <= 1)) {
            throw new TwinException("initial SoC must be between 0 and 1 (or NaN = from the data), found "
                    + initialSoc);
        }
        if (Double.isInfinite(ambientC) || ambientC < -100 || ambientC > 200) {
            throw new TwinException("ambient temperature must be between -100 and 200 degC (or NaN = from the data),"
                    + " found " + ambientC);
        }
        if (!(capacityScale > 0) || !(resistanceScale > 0)) {
            throw new TwinException("capacity and resistance scale must be > 0, found " + capacityScale + " and "
                    + resistanceScale);
        }
        if (!(maxStepS > 0)) {
            throw new TwinException("maximum step must be > 0 s, found " + maxStepS);
        }
    }

    /**
     * A single cell cooled by the heat-rejection law identified with its heat capacity (stored in the fitted
     * parameter files' provenance, as the validation uses it); the coolant temperature follows the measured ambient.
     *
     * @throws TwinException if the parameter set carries no identified heat-transfer coefficient
     */
    public static ModelSetup singleCell(CellParameters cell) {
        CoolingSpec cooling = FitResult.identifiedCooling(cell, 25.0);
        if (cooling == null) {
            throw new TwinException(cell.name() + ": the parameter set has no " + FitResult.H_KEY + " in its "
                    + "provenance (the heat transfer coefficient identified with cp); replay it as a pack topology");
        }
        return new ModelSetup(PackTopology.singleCell(cell, cooling), Double.NaN, Double.NaN, 1.0, 1.0,
                DEFAULT_MAX_STEP_S);
    }

    /** A pack with its own cooling and cell-to-cell spread. */
    public static ModelSetup pack(PackTopology topology) {
        return new ModelSetup(topology, Double.NaN, Double.NaN, 1.0, 1.0, DEFAULT_MAX_STEP_S);
    }

    public ModelSetup withInitialSoc(double soc) {
        return new ModelSetup(topology, soc, ambientC, capacityScale, resistanceScale, maxStepS);
    }

    public ModelSetup withAmbientC(double celsius) {
        return new ModelSetup(topology, initialSoc, celsius, capacityScale, resistanceScale, maxStepS);
    }

    public ModelSetup withCapacityScale(double factor) {
        return new ModelSetup(topology, initialSoc, ambientC, factor, resistanceScale, maxStepS);
    }

    public ModelSetup withResistanceScale(double factor) {
        return new ModelSetup(topology, initialSoc, ambientC, capacityScale, factor, maxStepS);
    }

    public ModelSetup withMaxStepS(double seconds) {
        return new ModelSetup(topology, initialSoc, ambientC, capacityScale, resistanceScale, seconds);
    }

    /**
     * A fresh model at rest at {@code ambientC}, every cell at {@code soc}, BMS window opened, coefficients refreshed
     * every step.
     */
    PackModel newModel(double ambientC, double soc) {
        PackModel m = new PackModel(topology.withCell(open(topology.cell())), ambientC, soc);
        m.setRefreshIntervalS(0);
        for (int i = 0; i < topology.cellCount(); i++) {
            if (capacityScale != 1.0) {
                m.setCapacityScale(i, m.state().capacityScale(i) * capacityScale);
            }
            if (resistanceScale != 1.0) {
                m.scaleResistance(i, resistanceScale);
            }
        }
        return m;
    }

    private static CellParameters open(CellParameters c) {
        return c.limits().equals(OPEN) ? c : new CellParameters(c.name(), c.chemistry(), c.capacityAh(), c.ecm(), OPEN,
                c.thermal(), c.geometry(), c.ageingModel(), c.provenance());
    }
}
