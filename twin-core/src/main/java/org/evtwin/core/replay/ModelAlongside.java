package org.evtwin.core.replay;

import java.util.Arrays;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.EcmParameters;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.physics.PackState;
import org.evtwin.core.telemetry.SampleBlock;

/**
 * The twin's model run alongside a recording, on the replay thread: {@link #start} builds it at the first sample,
 * {@link #advance} steps it to each next sample and compares.
 *
 * <p>Driving: the current of sample k is held over (t<sub>k−1</sub>, t<sub>k</sub>] (a row's current is what flowed
 * up to that row; the validation replay's convention, so replay and validation give the same numbers), in equal steps
 * of at most {@link ModelSetup#maxStepS()}; a row without a current keeps the previous one. A current at the first
 * sample is applied for {@value #FIRST_LOADED_STEP_S} s before it (also as the validation does). The ambient is
 * held the same way. Comparison: after each step, every value recorded in that row is compared with the model and
 * enters the running statistics; {@link #frame} holds each measured value until the next row that records it.
 */
final class ModelAlongside {
    /** How long a current seen at the first sample is taken to have flowed before it [s]. */
    static final double FIRST_LOADED_STEP_S = 1.0;
    private final ModelSetup setup;
    private final ChannelMap map;
    private final String recording;
    private final int n;
    private final double[] mV;
    private final double[] mT;
    private final double[] mZ;
    private final double[] mH;
    private final double[] mI;
    private final ResidualStats stats = new ResidualStats();
    private double mPackV;
    private double mPackZ;
    private double mMinV;
    private double mMaxV;
    private double mMaxT;
    private double current;
    private double ambient;
    private double lastT;
    private PackModel model;

    ModelAlongside(String recording, ModelSetup setup, ChannelMap map) {
        this.recording = recording;
        this.setup = setup;
        this.map = map;
        this.n = setup.topology().cellCount();
        mV = new double[n];
        mT = new double[n];
        mZ = new double[n];
        mH = new double[n];
        mI = new double[n];
    }

    /** A fresh model at row {@code r} of {@code b}; statistics restart. */
    void start(SampleBlock b, int r) {
        for (double[] a : new double[][] {mV, mT, mZ, mH, mI}) {
            Arrays.fill(a, Double.NaN);
        }
        mPackV = Double.NaN;
        mPackZ = Double.NaN;
        mMinV = Double.NaN;
        mMaxV = Double.NaN;
        mMaxT = Double.NaN;
        stats.reset();
        current = finiteOr(value(b, r, map.current), 0.0);
        ambient = startAmbient(b, r);
        double[] temp = new double[n];
        for (int i = 0; i < n; i++) {
            temp[i] = finiteOr(value(b, r, map.cellTemperature[i]), ambient);
        }
        double[] soc = initialSoc(b, r, temp);
        model = setup.newModel(ambient, soc[0]);
        for (int i = 0; i < n; i++) {
            if (soc[i] != soc[0]) {
                model.setSoc(i, soc[i]);
            }
            model.setTemperatureC(i, temp[i]);
        }
        if (current != 0) {
            // a first sample under load: the current is taken to have flowed for one step already, so the first
            // frame shows a loaded cell (its ohmic drop), not a resting one (as the validation replay does)
            model.step(Math.min(FIRST_LOADED_STEP_S, setup.maxStepS()), Control.Mode.CURRENT, current, Double.NaN,
                    Double.NaN);
        }
        lastT = b.timeS(r);
        compare(b, r);
    }

    /**
     * Per cell: the given SoC; else a recorded cell or pack SoC; else the OCV at the cell's voltage (its own, a
     * measured cell of its parallel group, or the pack voltage over the series groups), see {@link InitialSoc}; cells
     * with none of these take the mean of the others.
     */
    private double[] initialSoc(SampleBlock b, int r, double[] temp) {
        EcmParameters ecm = setup.topology().cell().ecm();
        int p = setup.topology().parallel();
        double packZ = value(b, r, map.packSoc);
        double packV = value(b, r, map.packVoltage) / setup.topology().seriesGroups();
        double[] soc = new double[n];
        double sum = 0;
        int known = 0;
        for (int i = 0; i < n; i++) {
            double z = finiteOr(setup.initialSoc(), finiteOr(value(b, r, map.cellSoc[i]), packZ));
            if (Double.isNaN(z)) {
                double v = value(b, r, map.cellVoltage[i]);
                for (int k = (i / p) * p; k < (i / p + 1) * p && Double.isNaN(v); k++) {
                    v = value(b, r, map.cellVoltage[k]);
                }
                v = finiteOr(v, packV);
                z = Double.isNaN(v) ? Double.NaN : InitialSoc.fromVoltage(ecm, v, current / p, temp[i]);
            }
            soc[i] = z;
            if (!Double.isNaN(z)) {
                sum += z;
                known++;
            }
        }
        if (known == 0) {
            throw new TwinException(recording + ": cannot set the model's initial SoC: the first sample (t = "
                    + b.timeS(r) + " s, line " + b.sourceLine(r) + ") has no SoC and no voltage; give the initial SoC");
        }
        for (int i = 0; i < n; i++) {
            soc[i] = finiteOr(soc[i], sum / known);
        }
        return soc;
    }

    /** Steps the model to row {@code r} of {@code b} (a later sample) and compares. */
    void advance(SampleBlock b, int r) {
        double t = b.timeS(r);
        current = finiteOr(value(b, r, map.current), current);
        if (Double.isNaN(setup.ambientC())) {
            ambient = finiteOr(value(b, r, map.ambient), ambient);
        }
        double dt = t - lastT;
        if (dt > 0) {
            int steps = Math.max(1, (int) Math.ceil(dt / setup.maxStepS() - 1e-9));
            model.setAmbientC(ambient);
            for (int j = 0; j < steps; j++) {
                model.step(dt / steps, Control.Mode.CURRENT, current, Double.NaN, Double.NaN);
            }
            lastT = t;
        }
        compare(b, r);
    }

    private void compare(SampleBlock b, int r) {
        PackState s = model.state();
        for (int i = 0; i < n; i++) {
            mV[i] = compared(b, r, map.cellVoltage[i], mV[i], s.cellVoltageV(i), ResidualSignal.CELL_VOLTAGE);
            mT[i] = compared(b, r, map.cellTemperature[i], mT[i], s.temperatureC(i), ResidualSignal.CELL_TEMPERATURE);
            mZ[i] = compared(b, r, map.cellSoc[i], mZ[i], s.soc(i), ResidualSignal.CELL_SOC);
            mH[i] = finiteOr(value(b, r, map.cellSoh[i]), mH[i]);
            mI[i] = finiteOr(value(b, r, map.cellCurrent[i]), mI[i]);
        }
        if (map.packIsCell0) {
            mPackV = mV[0];
            mPackZ = mZ[0];
        } else {
            mPackV = compared(b, r, map.packVoltage, mPackV, s.packVoltageV(), ResidualSignal.PACK_VOLTAGE);
            mPackZ = compared(b, r, map.packSoc, mPackZ, s.packSoc(), ResidualSignal.PACK_SOC);
        }
        mMinV = compared(b, r, map.minCellVoltage, mMinV, s.minCellVoltageV(), ResidualSignal.MIN_CELL_VOLTAGE);
        mMaxV = compared(b, r, map.maxCellVoltage, mMaxV, s.maxCellVoltageV(), ResidualSignal.MAX_CELL_VOLTAGE);
        mMaxT = compared(b, r, map.maxTemperature, mMaxT, s.maxTemperatureC(), ResidualSignal.MAX_CELL_TEMPERATURE);
    }

    /** The recorded value if this row has one (and its residual enters the statistics), else the held value. */
    private double compared(SampleBlock b, int r, int channel, double held, double modelValue, ResidualSignal sig) {
        double v = value(b, r, channel);
        if (Double.isNaN(v)) {
            return held;
        }
        stats.add(sig, v - modelValue);
        return v;
    }

    /** The frame at the last sample time (fresh arrays). */
    ReplayFrame frame() {
        return FrameAssembly.assemble(lastT, model.state(), current, mPackV, mPackZ,
                new PackExtremes(mMinV, mMaxV, mMaxT), mV, mI, mT, mZ, mH, setup.topology().parallel(),
                stats.snapshot());
    }

    /** Time of the last sample the model has reached [s]. */
    double timeS() {
        return lastT;
    }

    private double startAmbient(SampleBlock b, int r) {
        if (!Double.isNaN(setup.ambientC())) {
            return setup.ambientC();
        }
        double a = value(b, r, map.ambient);
        if (!Double.isNaN(a)) {
            return a;
        }
        double sum = 0;
        int count = 0;
        for (int c : map.cellTemperature) {
            double t = value(b, r, c);
            if (!Double.isNaN(t)) {
                sum += t;
                count++;
            }
        }
        if (count == 0) {
            throw new TwinException(recording + ": the first sample (t = " + b.timeS(r) + " s, line " + b.sourceLine(r)
                    + ") has no ambient and no cell temperature; give the ambient temperature");
        }
        return sum / count;
    }

    private static double value(SampleBlock b, int r, int channel) {
        return channel < 0 ? Double.NaN : b.value(r, channel);
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }
}
