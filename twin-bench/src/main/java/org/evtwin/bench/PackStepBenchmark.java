package org.evtwin.bench;

import java.util.concurrent.TimeUnit;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.LimitReason;
import org.evtwin.core.physics.PackModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 10 ms step of the 96s74p (7,104-cell) pack under a drive-like discharge current. Run with {@code -prof gc} to
 * see the allocation rate per step ({@code gc.alloc.rate.norm}), which must be 0 B/op.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PackStepBenchmark {

    /** Thermal update interval [s]: 1 = the model's default (multi-rate), 0 = every step. */
    @Param({"1", "0"})
    public double thermalIntervalS;

    private PackModel model;
    private double packCapacityA;
    private int n;

    @Setup(Level.Trial)
    public void setUp() {
        model = new PackModel(Catalog.pack("model-s-like-96s74p"), 25.0, 0.95);
        model.setThermalIntervalS(thermalIntervalS);
        packCapacityA = model.topology().capacityAh();
    }

    @Setup(Level.Iteration)
    public void recharge() {
        // keep the pack in its normal window across iterations
        for (int i = 0; i < model.state().cellCount(); i++) {
            model.setSoc(i, 0.95);
        }
    }

    @Benchmark
    public LimitReason step() {
        double current = packCapacityA * (0.55 + 0.45 * Math.sin(n++ * 0.001));
        return model.step(0.01, Control.Mode.CURRENT, current, Double.NaN, Double.NaN);
    }
}
