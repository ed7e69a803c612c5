package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.LayoutSpec;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.PackModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code twin bench step}: steps the 96s74p pack (or a 96s·p variant with {@code --cells}) under a varying discharge
 * current and prints nanoseconds per cell-step, steps per second and the real-time factor; median of several timed
 * rounds after a warm-up, plus bytes allocated per step on the stepping thread.
 */
@Command(name = "step", mixinStandardHelpOptions = true,
        description = "Steps a 96s74p pack (thermal on) and prints ns per cell-step, steps/s and the real-time factor.")
final class BenchStepCommand extends JsonCommand implements Callable<Integer> {

    @Option(names = "--cells", defaultValue = "7104", description = "Cell count, a multiple of the pack's series groups (default ${DEFAULT-VALUE}).")
    int cells;

    @Option(names = "--pack", defaultValue = "model-s-like-96s74p", paramLabel = "<name|topology.json>",
            description = "Pack to step (default ${DEFAULT-VALUE}); --cells other than its count changes the cells in parallel.")
    String pack;

    @Option(names = "--dt", defaultValue = "0.01", description = "Step [s] (default ${DEFAULT-VALUE}).")
    double dtS;

    @Option(names = "--rounds", defaultValue = "9", description = "Timed rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--steps", defaultValue = "2000", description = "Steps per round (default ${DEFAULT-VALUE}).")
    int stepsPerRound;

    @Option(names = "--thermal-interval", defaultValue = "1", paramLabel = "<s>",
            description = "Thermal update interval [s]; 0 = every step (default ${DEFAULT-VALUE}).")
    double thermalIntervalS;


    @Override
    public Integer call() {
        Options.check(spec, cells > 0, "--cells must be > 0");
        Options.checkStep(spec, dtS);
        Options.check(spec, thermalIntervalS >= 0, "--thermal-interval must be >= 0 s (0 = every step), found "
                + thermalIntervalS);
        Options.check(spec, rounds > 0 && stepsPerRound > 0, "--rounds and --steps must be > 0");
        PackTopology base = Catalog.pack(pack);
        Options.check(spec, cells % base.seriesGroups() == 0, "--cells must be a multiple of the pack's "
                + base.seriesGroups() + " series groups");
        PackTopology topology = topology(base, cells);
        PackModel model = new PackModel(topology, 25.0, 0.95);
        model.setThermalIntervalS(thermalIntervalS);
        double packCapacityA = topology.capacityAh();
        // Warm-up: let the JIT compile the step loop.
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        int n = 0;
        while (System.nanoTime() < warmEnd) {
            model.step(dtS, Control.Mode.CURRENT, demand(n++, packCapacityA), Double.NaN, Double.NaN);
        }
        double[] nsPerStep = new double[rounds];
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        long allocBefore = threads.getThreadAllocatedBytes(tid);
        long totalSteps = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < stepsPerRound; i++) {
                model.step(dtS, Control.Mode.CURRENT, demand(n++, packCapacityA), Double.NaN, Double.NaN);
            }
            nsPerStep[r] = (double) (System.nanoTime() - t0) / stepsPerRound;
            totalSteps += stepsPerRound;
        }
        long allocated = threads.getThreadAllocatedBytes(tid) - allocBefore;
        Arrays.sort(nsPerStep);
        double median = nsPerStep[rounds / 2];
        double perCell = median / topology.cellCount();
        double stepsPerSecond = 1e9 / median;
        double realTime = stepsPerSecond * dtS;
        double bytesPerStep = (double) allocated / totalSteps;
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s (%d cells), dt = %s s, thermal every %s: median %.1f us/step (min %.1f, max %.1f),"
                + " %.2f ns per cell-step, %.0f steps/s, %.0fx real time, %.1f bytes allocated per step%n",
                topology.configuration(), topology.cellCount(), dtS,
                thermalIntervalS <= 0 ? "step" : thermalIntervalS + " s", median / 1e3, nsPerStep[0] / 1e3,
                nsPerStep[rounds - 1] / 1e3, perCell, stepsPerSecond, realTime, bytesPerStep);
        if (json) {
            ObjectNode j = Json.object();
            j.put("ok", true);
            j.put("pack", topology.configuration());
            j.put("cells", topology.cellCount());
            j.put("dtS", dtS);
            j.put("medianMicrosPerStep", median / 1e3);
            j.put("nsPerCellStep", perCell);
            j.put("stepsPerSecond", stepsPerSecond);
            j.put("realTimeFactor", realTime);
            j.put("bytesAllocatedPerStep", bytesPerStep);
            j.put("rounds", rounds);
            j.put("stepsPerRound", stepsPerRound);
            j.put("java", System.getProperty("java.version"));
            out.println(Json.line(j));
        }
        return 0;
    }

    /** A drive-like current between 0.1C and 1C so the state keeps moving; SoC is reset before it runs out. */
    private static double demand(int n, double packCapacityA) {
        return packCapacityA * (0.55 + 0.45 * Math.sin(n * 0.001));
    }

    private static PackTopology topology(PackTopology base, int cells) {
        if (cells == base.cellCount()) {
            return base;
        }
        int parallel = cells / base.seriesGroups();
        LayoutSpec l = base.layout();
        LayoutSpec layout = new LayoutSpec(parallel, base.seriesPerModule(), 1, l.pitchXM(), l.pitchYM(), l.pitchZM(),
                l.modulesX(), l.moduleGapM());
        return new PackTopology(base.name() + "-" + cells, base.description(), base.cell(), base.modules(),
                base.seriesPerModule(), parallel, base.interconnectResistanceOhm(), base.cooling(), layout,
                base.spread());
    }
}
