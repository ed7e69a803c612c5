package org.evtwin.app.rul;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.evtwin.core.ml.ModelCard;
import org.evtwin.core.ml.RulModel;

/** The model-card dialog and the training dialog (progress and cancel). */
public final class RulDialogs {
    private RulDialogs() {
    }

    /** Shows what the RUL model is, how it was trained and how well it did on held-out cells. */
    public static void modelCard(Window owner, ModelCard card) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("RUL model card");
        a.setHeaderText("Remaining-useful-life model (" + card.task() + ")");
        TextArea text = new TextArea(ModelCardText.format(card));
        text.setId("model-card-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(760, 460);
        text.setStyle("-fx-font-family: monospace;");
        a.getDialogPane().setContent(text);
        a.show();
    }

    /**
     * The training dialog: NASA PCoE folders, Train, progress with the fit in progress, Cancel; {@code use} gets the
     * trained model when the user chooses to use it.
     */
    public static void training(Window owner, RulTrainingViewModel vm, Consumer<RulModel> use) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Train the RUL model");
        d.setHeaderText("Retrains the history model as `twin rul train --task history` does: pure-Java trainers,"
                + "\ncompared by cross-validation on whole held-out cells (end of life at 1.4 Ah).");
        ObservableList<Path> folders = FXCollections.observableArrayList();
        ListView<Path> list = new ListView<>(folders);
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("Add folders laid out like nasa_pcoe_li_ion_aging_B0005_B0006_B0007"));
        Button add = new Button("Add folder…");
        add.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("NASA PCoE ageing data folder");
            File f = chooser.showDialog(d.getDialogPane().getScene().getWindow());
            if (f != null && !folders.contains(f.toPath())) {
                folders.add(f.toPath());
            }
        });
        Button train = new Button("Train");
        train.setId("rul-train");
        Button cancel = new Button("Cancel training");
        Button useIt = new Button("Use this model");
        useIt.setDisable(true);
        train.disableProperty().bind(vm.runningProperty().or(javafx.beans.binding.Bindings.isEmpty(folders)));
        cancel.disableProperty().bind(vm.runningProperty().not());
        train.setOnAction(e -> vm.start(List.copyOf(folders), m -> useIt.setDisable(false)));
        cancel.setOnAction(e -> vm.cancel());
        useIt.setOnAction(e -> {
            use.accept(vm.trained());
            useIt.setDisable(true);
        });
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label message = new Label();
        message.setId("rul-training-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox box = new VBox(8, new HBox(8, add), list, new HBox(8, train, cancel, useIt), bar, message);
        box.setPadding(new Insets(4));
        box.setPrefWidth(620);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.setOnCloseRequest(e -> vm.cancel());
        d.show();
    }
}
