package org.evtwin.app.replay;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.evtwin.app.datasets.Tables;
import org.evtwin.core.replay.Bookmarks;

/**
 * The replay panel, the counterpart of the simulator panel: time cursor (drag = seek), play/pause, speed on a log
 * slider (0.1×–1000×) or as fast as possible, loop, bookmarks, and the residuals of the model alongside. It shows
 * what {@link ReplayControlsViewModel#update()} read on the last pulse.
 */
public final class ReplayControlsView {
    private final ScrollPane root;
    private final ReplayControlsViewModel vm;
    private boolean updatingSlider;

    public ReplayControlsView(ReplayControlsViewModel vm) {
        this.vm = vm;
        Label title = new Label("Replay: " + vm.dataSetName());
        title.setId("replay-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        root = new ScrollPane(new VBox(6, title, cursor(), run(), bookmarks(), residuals(), message()));
        root.setFitToWidth(true);
        root.setPrefWidth(340);
        root.setId("replay-controls");
        ((Region) root.getContent()).setPadding(new Insets(6));
    }

    private Node cursor() {
        Label position = new Label();
        position.setId("replay-position");
        position.getStyleClass().add("replay-position");
        position.textProperty().bind(vm.positionTextProperty());
        Slider slider = new Slider(0, 1, 0);
        slider.setId("replay-cursor");
        slider.maxProperty().bind(vm.durationProperty());
        slider.setTooltip(new Tooltip("Drag or click to seek"));
        vm.positionProperty().addListener((o, a, t) -> {
            if (!slider.isValueChanging()) {
                updatingSlider = true;
                slider.setValue(t.doubleValue());
                updatingSlider = false;
            }
        });
        slider.valueProperty().addListener((o, a, t) -> {
            if (!updatingSlider && !slider.isValueChanging()) {
                vm.seek(t.doubleValue());
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.seek(slider.getValue());
            }
        });
        Label state = new Label();
        state.setId("replay-state");
        state.textProperty().bind(vm.stateTextProperty());
        return titled("Time cursor (h:mm:ss)", new VBox(4, position, slider, state));
    }

    private Node run() {
        ToggleButton play = new ToggleButton();
        play.setId("replay-play");
        play.selectedProperty().bindBidirectional(vm.playingProperty());
        play.textProperty().bind(Bindings.when(play.selectedProperty()).then("Pause").otherwise("Play"));
        play.setMinWidth(70);
        CheckBox loop = new CheckBox("Loop");
        loop.setId("replay-loop");
        loop.selectedProperty().bindBidirectional(vm.loopProperty());
        Slider speed = new Slider(ReplayControlsViewModel.MIN_LOG_SPEED, ReplayControlsViewModel.MAX_LOG_SPEED,
                Math.log10(vm.speedProperty().get()));
        speed.setId("replay-speed");
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setShowTickMarks(true);
        speed.setShowTickLabels(true);
        speed.setLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double log) {
                return ReplayControlsViewModel.speedLabel(Math.pow(10, log)) + "×";
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(Double.parseDouble(s.replace("×", "")));
            }
        });
        speed.valueProperty().addListener((o, a, log) -> vm.speedProperty().set(
                ReplayControlsViewModel.speedFromLog(log.doubleValue())));
        speed.disableProperty().bind(vm.asFastAsPossibleProperty());
        speed.setPadding(new Insets(0, 14, 0, 6));   // room for the first and last tick label
        HBox.setHgrow(speed, Priority.ALWAYS);
        CheckBox max = new CheckBox("Max");
        max.setId("replay-max");
        max.setTooltip(new Tooltip("As fast as possible (no pacing)"));
        max.selectedProperty().bindBidirectional(vm.asFastAsPossibleProperty());
        Label value = new Label();
        value.setId("replay-speed-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.textProperty().bind(Bindings.createStringBinding(() -> vm.asFastAsPossibleProperty().get()
                ? "Speed: as fast as possible" : "Speed: " + ReplayControlsViewModel.speedLabel(vm.speedProperty()
                .get()) + "× real time", vm.speedProperty(), vm.asFastAsPossibleProperty()));
        Button leave = new Button("Back to simulator");
        leave.setId("replay-leave");
        leave.setTooltip(new Tooltip("Stop replaying and return to the built-in simulator"));
        leave.setOnAction(e -> vm.leave());
        HBox buttons = new HBox(10, play, loop, max);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return titled("Run", new VBox(6, buttons, value, speed, leave));
    }

    private Node bookmarks() {
        TextField name = new TextField();
        name.setId("replay-bookmark-name");
        name.setPromptText("Bookmark name");
        name.textProperty().bindBidirectional(vm.bookmarkNameProperty());
        name.setOnAction(e -> vm.addBookmark());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button("Add at cursor");
        add.setId("replay-bookmark-add");
        add.setOnAction(e -> vm.addBookmark());
        ListView<Bookmarks.Bookmark> list = new ListView<>(vm.bookmarks());
        list.setId("replay-bookmarks");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("No bookmarks yet"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Bookmarks.Bookmark b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : vm.bookmarkTime(b) + "   " + b.name());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                vm.jumpTo(list.getSelectionModel().getSelectedItem());
            }
        });
        Button jump = new Button("Jump to");
        jump.setId("replay-bookmark-jump");
        jump.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        jump.setOnAction(e -> vm.jumpTo(list.getSelectionModel().getSelectedItem()));
        Button remove = new Button("Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeBookmark(list.getSelectionModel().getSelectedItem()));
        return titled("Bookmarks", new VBox(6, new HBox(6, name, add), list, new HBox(6, jump, remove)));
    }

    private Node residuals() {
        TableView<ResidualRow> t = Tables.table("replay-residuals", "No comparison yet");
        t.getColumns().add(Tables.text("Signal", 122, ResidualRow::signal));
        t.getColumns().add(Tables.number("RMSE", 64, r -> r.format(r.rmse())));
        t.getColumns().add(Tables.number("max |r|", 64, r -> r.format(r.maxAbs())));
        t.getColumns().add(Tables.number("mean", 64, r -> r.format(r.mean())));
        t.setItems(vm.residuals());
        t.setPrefHeight(150);
        Label note = new Label("Residual = measured − model, since the start of the replay window; the model runs"
                + " alongside, driven by the measured current and ambient.");
        note.setWrapText(true);
        note.getStyleClass().add("replay-note");
        return titled("Model alongside: residuals", new VBox(4, t, note));
    }

    private Node message() {
        Label m = new Label();
        m.setId("replay-message");
        m.setWrapText(true);
        m.textProperty().bind(vm.messageProperty());
        return m;
    }

    private static TitledPane titled(String title, Region content) {
        TitledPane pane = new TitledPane(title, content);
        content.setPadding(new Insets(6));
        return pane;
    }

    public Node root() {
        return root;
    }
}
