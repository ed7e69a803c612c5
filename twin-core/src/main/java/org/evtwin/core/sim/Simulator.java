package org.evtwin.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.Control;
import org.evtwin.core.physics.LimitReason;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.drive.DriveProfile;
import org.evtwin.core.sim.drive.VehicleModel;
import org.evtwin.core.sim.experiment.CurrentStep;
import org.evtwin.core.sim.experiment.Demand;
import org.evtwin.core.sim.experiment.DriveProfileStep;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.sim.experiment.ExperimentStep;
import org.evtwin.core.sim.experiment.HoldVoltageStep;
import org.evtwin.core.sim.experiment.RestStep;
import org.evtwin.core.telemetry.FrameSink;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Runs an {@link Experiment} on a {@link PackModel} with a fixed step. Deterministic: the same pack (seed), experiment
 * and settings give the same frames.
 *
 * <p>Scale: experiment values are <em>per cell</em>, as in PyBaMM's experiments, so one text works for a cell and a
 * pack: a current is multiplied by the cells in parallel, a power by the cell count, a C-rate refers to the rated
 * capacity, a voltage limit applies to every cell. Drive profiles given as speed go through the vehicle model and are
 * pack power; power profiles are pack power; current profiles are per cell.
 *
 * <p>Events: a voltage limit is met exactly within the step that reaches it (the solver clamps the current so the
 * limiting cell lands on the limit), so there is no overshoot; a duration is met by shortening the last step.
 */
public final class Simulator {
    private final PackModel model;
    private final SimulationSettings settings;
    private final DriveCycleLibrary profiles;
    private final VehicleModel vehicle;
    private final int parallel;
    private final int cells;
    private final double oneCCurrentA;
    private long solverSteps;
    private long frames;
    private double nextFrameS;
    private double lastEmittedS = Double.NaN;

    public Simulator(PackModel model, SimulationSettings settings, DriveCycleLibrary profiles) {
        this.model = model;
        this.settings = settings;
        this.profiles = profiles;
        this.vehicle = new VehicleModel(settings.vehicle());
        PackTopology t = model.topology();
        this.parallel = t.parallel();
        this.cells = t.cellCount();
        this.oneCCurrentA = t.cell().capacityAh();
    }

    /** Runs every step; {@code cancelled} is polled once per solver step. */
    public SimulationResult run(Experiment experiment, FrameSink sink, ProgressListener progress,
            BooleanSupplier cancelled) {
        List<StepOutcome> outcomes = new ArrayList<>();
        emit(sink);
        List<ExperimentStep> steps = experiment.steps();
        boolean stopped = false;
        for (int index = 0; index < steps.size() && !stopped; index++) {
            ExperimentStep step = steps.get(index);
            progress.update(index, steps.size(), model.state().timeS(), step.text());
            StepRunner runner = new StepRunner(step);
            stopped = runner.run(sink, cancelled);
            outcomes.add(runner.outcome());
            if (model.state().timeS() != lastEmittedS) {   // a frame at this instant is out already: no duplicate
                emit(sink);
            }
        }
        progress.update(steps.size(), steps.size(), model.state().timeS(), "done");
        return new SimulationResult(List.copyOf(outcomes), model.state().timeS(), frames, solverSteps, stopped,
                model.energy().packTerminalJ(), model.energy().heatGeneratedJ());
    }

    private void emit(FrameSink sink) {
        lastEmittedS = model.state().timeS();
        sink.accept(PackFrame.capture(model.state()));
        frames++;
        nextFrameS = model.state().timeS() + settings.outputIntervalS();
    }

    /** Executes one experiment step. */
    private final class StepRunner {
        private final ExperimentStep step;
        private final double startS;
        private final double durationS;
        private DriveProfile profile;
        private String endReason = "";
        private long limited;
        private String firstLimit = "";

        StepRunner(ExperimentStep step) {
            this.step = step;
            this.startS = model.state().timeS();
            double limit = step.durationLimitS().orElse(settings.maxStepDurationS());
            if (step instanceof DriveProfileStep d) {
                profile = resolve(d);
                limit = Math.min(limit, profile.durationS());
            }
            this.durationS = limit;
        }

        /** Returns true when the run was cancelled. */
        boolean run(FrameSink sink, BooleanSupplier cancelled) {
            while (true) {
                double elapsed = model.state().timeS() - startS;
                double remaining = durationS - elapsed;
                if (remaining <= 1e-9) {
                    endReason = step.durationLimitS().isPresent() || profile != null ? "duration reached"
                            : String.format(Locale.ROOT, "no end condition met within %.0f h",
                                    settings.maxStepDurationS() / 3600);
                    return false;
                }
                if (cancelled.getAsBoolean()) {
                    endReason = "cancelled";
                    return true;
                }
                double dt = Math.min(settings.stepS(), remaining);
                LimitReason reason = model.step(dt, control(elapsed));
                solverSteps++;
                if (model.state().timeS() >= nextFrameS - 1e-9) {
                    emit(sink);
                }
                if (ends(reason)) {
                    return false;
                }
            }
        }

        private Control control(double elapsedS) {
            return switch (step) {
                case CurrentStep c -> window(demandControl(c.demand()), c.voltageLimitV().orElse(Double.NaN),
                        c.isDischarge());
                case RestStep r -> Control.rest();
                case HoldVoltageStep h -> Control.cellVoltageHold(h.voltageV());
                case DriveProfileStep d -> window(profileControl(elapsedS), d.voltageLimitV().orElse(Double.NaN),
                        true);
            };
        }

        private Control demandControl(Demand d) {
            return switch (d.kind()) {
                case C_RATE, CURRENT -> Control.current(d.currentA(oneCCurrentA) * parallel);
                case POWER -> Control.power(d.value() * cells);
            };
        }

        private Control profileControl(double elapsedS) {
            double t = profile.startS() + elapsedS;
            double v = profile.valueAt(t);
            return switch (profile.kind()) {
                case CURRENT_A -> Control.current(v * parallel);
                case POWER_W -> Control.power(v);
                case SPEED_M_PER_S -> throw new IllegalStateException("speed profiles are converted on resolve");
            };
        }

        private Control window(Control c, double limitV, boolean discharge) {
            if (Double.isNaN(limitV)) {
                return c;
            }
            return discharge ? c.withCellVoltageWindow(limitV, Double.NaN) : c.withCellVoltageWindow(Double.NaN, limitV);
        }

        /** Decides whether the step ends after a solver step that was shaped by {@code reason}. */
        private boolean ends(LimitReason reason) {
            if (step instanceof HoldVoltageStep h && h.currentCutoff().isPresent()) {
                double perCell = Math.abs(model.state().packCurrentA()) / parallel;
                if (perCell <= h.currentCutoff().get().currentA(oneCCurrentA)) {
                    endReason = String.format(Locale.ROOT, "current fell to %.4g A per cell", perCell);
                    return true;
                }
            }
            switch (reason) {
                case NONE -> {
                    return false;
                }
                case CELL_VOLTAGE_MIN, CELL_VOLTAGE_MAX -> {
                    if (step instanceof RestStep || step instanceof HoldVoltageStep
                            || (step instanceof DriveProfileStep && reason == LimitReason.CELL_VOLTAGE_MAX)) {
                        // a full pack limits regenerative braking; the drive goes on
                        countLimit(reason);
                        return false;
                    }
                    double v = reason == LimitReason.CELL_VOLTAGE_MIN ? model.state().minCellVoltageV()
                            : model.state().maxCellVoltageV();
                    endReason = String.format(Locale.ROOT, "reached %.3f V (%s)", v, reason.description());
                    return true;
                }
                case POWER_UNREACHABLE -> {
                    endReason = "stopped: " + reason.description();
                    return true;
                }
                default -> {
                    countLimit(reason);
                    if (reason == LimitReason.TEMPERATURE && model.state().packCurrentA() == 0.0
                            && step.durationLimitS().isEmpty()) {
                        endReason = "stopped: " + reason.description();
                        return true;
                    }
                    return false;
                }
            }
        }

        private void countLimit(LimitReason reason) {
            limited++;
            if (firstLimit.isEmpty()) {
                firstLimit = String.format(Locale.ROOT, "%s at t = %.1f s", reason.description(),
                        model.state().timeS());
            }
        }

        private DriveProfile resolve(DriveProfileStep d) {
            DriveProfile p = profiles.load(d.profileName());
            if (p.kind() == DriveProfile.Kind.SPEED_M_PER_S) {
                return vehicle.toBatteryPower(p);
            }
            return p;
        }

        StepOutcome outcome() {
            return new StepOutcome(step.line(), step.text(), startS, model.state().timeS(), endReason, limited,
                    firstLimit);
        }
    }

    /** Progress of a run: experiment step index, step count, simulated time [s], what is running. */
    @FunctionalInterface
    public interface ProgressListener {
        void update(int stepIndex, int stepCount, double simulatedTimeS, String activity);

        static ProgressListener none() {
            return (i, n, t, a) -> { };
        }
    }

    /** Fails fast on a profile name the library does not have (used before a long run starts). */
    public static void checkProfiles(Experiment experiment, DriveCycleLibrary profiles) {
        for (ExperimentStep s : experiment.steps()) {
            if (s instanceof DriveProfileStep d && profiles.names().stream().noneMatch(
                    n -> n.equalsIgnoreCase(d.profileName()))) {
                throw new TwinException("line " + d.line() + ": unknown drive profile \"" + d.profileName()
                        + "\"; known: " + String.join(", ", profiles.names()));
            }
        }
    }
}
