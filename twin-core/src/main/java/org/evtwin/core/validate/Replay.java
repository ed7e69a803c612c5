package org.evtwin.core.validate;

import java.util.function.DoubleUnaryOperator;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.CoolingSpec;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.physics.PackState;

/**
 * Drives the pack solver, as a single cell, with a measured current: sample {@code k}'s current is held over
 * {@code (t[k−1], t[k]]} (split into steps of at most {@value #MAX_STEP_S} s; the RC branches are exact for
 * piecewise-constant current either way, the thermal update and the OCV-as-resistance treatment are not), and the
 * terminal voltage and temperature are read at every sample time. The BMS clamps are widened for the replay (the
 * measured current is imposed; NASA B0006/B0007 were discharged below the 2.7 V of the parameter file).
 */
final class Replay {
    static final double MAX_STEP_S = 1.0;

    private Replay() {
    }

    /** Model voltage [V] and temperature [degC] at each sample. */
    record Trace(double[] voltageV, double[] temperatureC) {
    }

    /**
     * @param cell            parameter set
     * @param cooling         heat-rejection law to ambient (h, exponent, emissivity; its coolant temperature is
     *                        replaced by {@code ambient})
     * @param t               sample times [s]
     * @param current         current [A], positive on discharge
     * @param startC          initial cell temperature [degC]
     * @param ambient         ambient temperature [degC] as a function of time [s]
     * @param initialSoc      SoC at the first sample
     * @param capacityScale   measured capacity / rated capacity of the parameter set
     * @param resistanceScale factor on all resistances
     */
    static Trace run(CellParameters cell, CoolingSpec cooling, double[] t, double[] current, double startC,
            DoubleUnaryOperator ambient, double initialSoc, double capacityScale, double resistanceScale) {
        CellLimits open = new CellLimits(1.0, 5.0, -100, 200, 1000, 1000, -100, 200);
        CellParameters replayCell = new CellParameters(cell.name(), cell.chemistry(), cell.capacityAh(), cell.ecm(),
                open, cell.thermal(), cell.geometry(), cell.ageingModel(), cell.provenance());
        PackTopology topo = PackTopology.singleCell(replayCell,
                new CoolingSpec(cooling.heatTransferCoefficientWPerM2K(), startC, 0.0, cooling.convectionExponent(),
                        cooling.referenceTemperatureDifferenceK(), cooling.emissivity(), cooling.source()));
        PackModel model = new PackModel(topo, startC, initialSoc);
        model.setRefreshIntervalS(0);
        if (capacityScale != 1.0) {
            model.setCapacityScale(0, capacityScale);
        }
        if (resistanceScale != 1.0) {
            model.scaleResistance(0, resistanceScale);
        }
        PackState s = model.state();
        double[] v = new double[t.length];
        double[] temp = new double[t.length];
        v[0] = current[0] == 0 ? s.cellVoltageV(0) : Double.NaN;
        temp[0] = s.temperatureC(0);
        if (current[0] != 0) {
            model.step(Math.min(MAX_STEP_S, t.length > 1 ? t[1] - t[0] : MAX_STEP_S), Control.current(current[0]));
            v[0] = s.cellVoltageV(0);
        }
        for (int k = 1; k < t.length; k++) {
            double dt = t[k] - t[k - 1];
            int n = Math.max(1, (int) Math.ceil(dt / MAX_STEP_S - 1e-9));
            for (int j = 0; j < n; j++) {
                model.setAmbientC(ambient.applyAsDouble(t[k - 1] + (j + 0.5) * dt / n));
                model.step(dt / n, Control.current(current[k]));
            }
            v[k] = s.cellVoltageV(0);
            temp[k] = s.temperatureC(0);
        }
        return new Trace(v, temp);
    }
}
