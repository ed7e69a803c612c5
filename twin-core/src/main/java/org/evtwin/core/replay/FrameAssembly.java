package org.evtwin.core.replay;

import java.util.List;
import org.evtwin.core.physics.PackState;
import org.evtwin.core.telemetry.PackFrame;

/** Builds a {@link ReplayFrame} from the held measurements and the model state (fresh arrays every time). */
final class FrameAssembly {
    private FrameAssembly() {
    }

    static ReplayFrame assemble(double t, PackState s, double currentA, double packV, double packZ,
            PackExtremes extremes, double[] mV, double[] mI, double[] mT, double[] mZ, double[] mH, int parallel,
            List<ResidualSummary> stats) {
        int n = s.cellCount();
        double[] v = new double[n];
        double[] i = new double[n];
        double[] temp = new double[n];
        double[] z = new double[n];
        double[] h = new double[n];
        s.copy(PackState.Quantity.VOLTAGE, v);
        s.copy(PackState.Quantity.CURRENT, i);
        s.copy(PackState.Quantity.TEMPERATURE, temp);
        s.copy(PackState.Quantity.SOC, z);
        s.copy(PackState.Quantity.SOH, h);
        String limit = s.lastLimit().name();
        PackFrame model = new PackFrame(t, s.packCurrentA(), s.packVoltageV(), s.packSoc(), limit, v, i, temp, z, h);
        double measuredPackV = Double.isNaN(packV) ? seriesSum(mV, parallel) : packV;
        PackFrame measured = new PackFrame(t, currentA, measuredPackV, packZ, "NONE", mV.clone(), mI.clone(),
                mT.clone(), mZ.clone(), mH.clone());
        PackFrame display = new PackFrame(t, currentA, or(measuredPackV, model.packVoltageV()),
                or(packZ, model.packSoc()), limit, or(mV, v), or(mI, i), or(mT, temp), or(mZ, z), or(mH, h));
        return new ReplayFrame(measured, model, display, minus(mV, v), minus(mT, temp), minus(mZ, z),
                measuredPackV - model.packVoltageV(), packZ - model.packSoc(), extremes, stats);
    }

    /**
     * Pack voltage from measured cell voltages: the sum over series groups of each group's mean (cells in parallel
     * share one voltage); NaN unless every group has a measured cell.
     */
    static double seriesSum(double[] cellV, int parallel) {
        double sum = 0;
        for (int g = 0; g < cellV.length / parallel; g++) {
            double groupSum = 0;
            int count = 0;
            for (int k = g * parallel; k < (g + 1) * parallel; k++) {
                if (!Double.isNaN(cellV[k])) {
                    groupSum += cellV[k];
                    count++;
                }
            }
            if (count == 0) {
                return Double.NaN;
            }
            sum += groupSum / count;
        }
        return sum;
    }

    private static double or(double measured, double model) {
        return Double.isNaN(measured) ? model : measured;
    }

    private static double[] or(double[] measured, double[] model) {
        double[] out = new double[model.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = Double.isNaN(measured[k]) ? model[k] : measured[k];
        }
        return out;
    }

    private static double[] minus(double[] measured, double[] model) {
        double[] out = new double[model.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = measured[k] - model[k];
        }
        return out;
    }
}
