package org.evtwin.app.sources;

import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The simulator panel: scenario and experiment text, run controls, ambient, fault injection. */
public final class SimulatorControlsView {
    private final ScrollPane root;

    public SimulatorControlsView(SimulatorControlsViewModel vm) {
        root = new ScrollPane(new VBox(6, scenario(vm), run(vm), conditions(vm), faults(vm)));
        root.setFitToWidth(true);
        root.setPrefWidth(300);
        root.setId("simulator-controls");
    }

    private static TitledPane scenario(SimulatorControlsViewModel vm) {
        Map<String, String> scenarios = Scenarios.all();
        ComboBox<String> choice = new ComboBox<>();
        choice.getItems().addAll(scenarios.keySet());
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setPromptText("Choose a scenario…");
        choice.valueProperty().addListener((o, a, name) -> {
            if (name != null) {
                vm.experimentTextProperty().set(scenarios.get(name));
            }
        });
        TextArea text = new TextArea();
        text.setId("experiment-text");
        text.setPrefRowCount(8);
        text.setStyle("-fx-font-family: monospace;");
        text.textProperty().bindBidirectional(vm.experimentTextProperty());
        text.setTooltip(new Tooltip("One step per line, per cell: Discharge at 1C until 3.0 V · Rest for 1 hour ·"
                + " Charge at 0.5C until 4.1 V · Hold at 4.1 V until C/20 · Run US06 · Repeat 3 times: … End"));
        Label error = new Label();
        error.setId("experiment-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #c62828;");
        error.textProperty().bind(vm.experimentErrorProperty());
        error.visibleProperty().bind(vm.experimentErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button apply = new Button("Run this experiment");
        apply.setId("apply-experiment");
        apply.disableProperty().bind(vm.experimentErrorProperty().isNotEmpty());
        apply.setOnAction(e -> vm.apply());
        return titled("Scenario", new VBox(6, choice, text, error, apply));
    }

    private static TitledPane run(SimulatorControlsViewModel vm) {
        ToggleButton pause = new ToggleButton();
        pause.setId("pause");
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        pause.textProperty().bind(Bindings.when(pause.selectedProperty()).then("Play").otherwise("Pause"));
        Button step = new Button("Step");
        step.setId("step");
        step.setTooltip(new Tooltip("Pause and advance one output interval"));
        step.setOnAction(e -> vm.step());
        Button reset = new Button("Reset");
        reset.setId("reset");
        reset.setTooltip(new Tooltip("Start the scenario again on a fresh pack"));
        reset.setOnAction(e -> vm.reset());
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speed");
        for (double s : SimulatorControlsViewModel.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format(Locale.ROOT, "%.0f× real time", v);
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("× real time", "").trim());
            }
        });
        speed.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.speedProperty().set(v);
            }
        });
        vm.speedProperty().addListener((o, a, v) -> speed.setValue(v.doubleValue()));
        speed.setValue(vm.speedProperty().get());
        return titled("Run", new VBox(6, new HBox(6, pause, step, reset), new HBox(6, new Label("Speed"), speed)));
    }

    private static TitledPane conditions(SimulatorControlsViewModel vm) {
        Slider ambient = new Slider(-20, 50, vm.ambientProperty().get());
        ambient.setId("ambient");
        ambient.setMajorTickUnit(10);
        ambient.setShowTickMarks(true);
        ambient.setShowTickLabels(true);
        ambient.valueProperty().bindBidirectional(vm.ambientProperty());
        Label value = new Label();
        value.textProperty().bind(Bindings.format(Locale.ROOT, "Ambient / coolant: %.1f °C", vm.ambientProperty()));
        return titled("Conditions", new VBox(4, value, ambient));
    }

    private static TitledPane faults(SimulatorControlsViewModel vm) {
        ComboBox<SimulatorControlsViewModel.FaultKind> kind = new ComboBox<>();
        kind.getItems().addAll(SimulatorControlsViewModel.FaultKind.values());
        kind.valueProperty().bindBidirectional(vm.faultKindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);
        Label target = new Label();
        target.textProperty().bind(Bindings.when(vm.pickedCellProperty().lessThan(0))
                .then("No cell picked: click one in the 3D view")
                .otherwise(Bindings.format("Target: cell %d", vm.pickedCellProperty())));
        Button inject = new Button("Inject fault");
        inject.setId("inject-fault");
        inject.setOnAction(e -> vm.injectFault());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.faultMessageProperty());
        return titled("Faults", new VBox(6, kind, target, inject, message));
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(true);
        ((javafx.scene.layout.Region) content).setPadding(new Insets(6));
        return pane;
    }

    public Node root() {
        return root;
    }
}
