package org.evtwin.app.sources;

import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.evtwin.core.TwinException;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.sim.experiment.Experiment;
import org.evtwin.core.sim.experiment.ExperimentParseException;
import org.evtwin.core.sim.fault.Fault;

/**
 * State and commands of the simulator panel. The experiment text is parsed as it is typed; a mistake shows inline
 * (line, column, message) and the Apply command stays disabled. No scene classes.
 */
public final class SimulatorControlsViewModel {
    /** Speeds offered, simulated seconds per second. */
    public static final double[] SPEEDS = {1, 10, 60, 100, 300, 1000};

    /** Fault kinds offered for the picked cell or its module. */
    public enum FaultKind {
        WEAK_CELL("Weak cell (80 % capacity, 1.5× resistance)"),
        INTERNAL_SHORT("Internal short (10 Ω)"),
        COOLING_LOSS("Cooling loss on the module (10 % left)"),
        SENSOR_OFFSET("Sensor offset (+50 mV, +5 K)");

        private final String label;

        FaultKind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final SimulatorPort port;
    private final PackTopology topology;
    private final Set<String> profiles;
    private final StringProperty experimentText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper experimentError = new ReadOnlyStringWrapper("");
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(60);
    private final DoubleProperty ambientC = new SimpleDoubleProperty(25);
    private final IntegerProperty pickedCell = new SimpleIntegerProperty(-1);
    private final ObjectProperty<FaultKind> faultKind = new SimpleObjectProperty<>(FaultKind.WEAK_CELL);
    private final ReadOnlyStringWrapper faultMessage = new ReadOnlyStringWrapper("");
    private Experiment parsed;

    public SimulatorControlsViewModel(SimulatorPort port, PackTopology topology, Set<String> profiles,
            String initialText, double initialSpeed) {
        this.port = port;
        this.topology = topology;
        this.profiles = profiles;
        experimentText.addListener((o, a, text) -> parse(text));
        experimentText.set(initialText);
        speed.set(initialSpeed);
        paused.addListener((o, a, p) -> port.setPaused(p));
        speed.addListener((o, a, s) -> port.setSpeed(s.doubleValue()));
        ambientC.addListener((o, a, t) -> port.setAmbientC(t.doubleValue()));
    }

    private void parse(String text) {
        try {
            parsed = Experiment.parse(text, profiles);
            experimentError.set("");
        } catch (ExperimentParseException e) {
            parsed = null;
            experimentError.set(e.getMessage());
        }
    }

    public StringProperty experimentTextProperty() {
        return experimentText;
    }

    /** Empty when the text parses; otherwise "line L, column C: …". */
    public ReadOnlyStringProperty experimentErrorProperty() {
        return experimentError.getReadOnlyProperty();
    }

    public boolean canApply() {
        return parsed != null;
    }

    /** Runs the typed experiment from the pack's present state. */
    public void apply() {
        if (parsed != null) {
            port.setScenario(parsed);
        }
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public DoubleProperty ambientProperty() {
        return ambientC;
    }

    public IntegerProperty pickedCellProperty() {
        return pickedCell;
    }

    public ObjectProperty<FaultKind> faultKindProperty() {
        return faultKind;
    }

    public ReadOnlyStringProperty faultMessageProperty() {
        return faultMessage.getReadOnlyProperty();
    }

    public void step() {
        paused.set(true);
        port.stepOnce();
    }

    public void reset() {
        port.reset();
    }

    /** One speed step up or down the {@link #SPEEDS} ladder. */
    public void faster(boolean up) {
        double s = speed.get();
        double next = s;
        for (double candidate : SPEEDS) {
            if (up && candidate > s) {
                next = candidate;
                break;
            }
            if (!up && candidate < s) {
                next = candidate;
            }
        }
        speed.set(next);
    }

    /** Injects the chosen fault on the picked cell (or its module); the message says what happened or why not. */
    public void injectFault() {
        int cell = pickedCell.get();
        if (cell < 0 || cell >= topology.cellCount()) {
            faultMessage.set("Pick a cell in the 3D view first.");
            return;
        }
        int module = cell / topology.cellsPerModule();
        try {
            Fault fault = switch (faultKind.get()) {
                case WEAK_CELL -> new Fault.WeakCell(cell, 0.8, 1.5);
                case INTERNAL_SHORT -> new Fault.InternalShort(cell, 10.0);
                case COOLING_LOSS -> new Fault.CoolingLoss(module, 0.1);
                case SENSOR_OFFSET -> new Fault.SensorOffset(cell, 0.05, 5.0);
            };
            port.inject(fault);
            faultMessage.set(faultKind.get() == FaultKind.COOLING_LOSS
                    ? "Cooling loss injected on module " + module + "."
                    : faultKind.get().label + " injected on cell " + cell + ".");
        } catch (TwinException e) {
            faultMessage.set(e.getMessage());
        }
    }
}
