package org.evtwin.app.settings;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.evtwin.core.alerts.AlertThresholds;

/** The "Alert thresholds" dialog: a grid of levels per rule in display units, OK only when they are valid. */
public final class ThresholdsDialog {
    private static final ButtonType DEFAULTS = new ButtonType("Defaults", ButtonBar.ButtonData.LEFT);

    private ThresholdsDialog() {
    }

    /** Builds the dialog (not shown); its result is the edited thresholds, or empty on cancel. */
    public static Dialog<AlertThresholds> create(Window owner, ThresholdsViewModel model) {
        Dialog<AlertThresholds> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Alert thresholds");
        dialog.setHeaderText("Alerts and gauge colours use these levels.\nA raised alert clears only once the value"
                + " is back past its level by more than the band (hysteresis).");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setId("thresholds-grid");
        String[] heads = {"Rule", "Warning", "Critical", "Band", "Unit"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("grid-header");
            grid.add(h, c, 0);
        }
        int r = 1;
        for (ThresholdsViewModel.Row row : model.rows()) {
            grid.add(new Label(row.rule().label() + (row.rule().direction()
                    == org.evtwin.core.alerts.Threshold.Direction.BELOW ? " (alarm below)" : " (alarm above)")), 0, r);
            grid.add(field(row.rule().name() + "-warning", row.warningProperty()), 1, r);
            grid.add(field(row.rule().name() + "-critical", row.criticalProperty()), 2, r);
            grid.add(field(row.rule().name() + "-band", row.bandProperty()), 3, r);
            grid.add(new Label(row.rule().displayUnit()), 4, r);
            r++;
        }
        Label error = new Label();
        error.setId("thresholds-error");
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.setMaxWidth(560);
        error.textProperty().bind(model.errorProperty());
        dialog.getDialogPane().setContent(new VBox(10, grid, error));
        dialog.getDialogPane().getButtonTypes().addAll(DEFAULTS, ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(model.errorProperty().isNotEmpty());
        Button defaults = (Button) dialog.getDialogPane().lookupButton(DEFAULTS);
        defaults.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            model.restoreDefaults();
            e.consume();   // keep the dialog open
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? model.result().orElse(null) : null);
        return dialog;
    }

    /** Shows the dialog and waits; the edited thresholds, or empty when cancelled. */
    public static Optional<AlertThresholds> edit(Window owner, ThresholdsViewModel model) {
        return create(owner, model).showAndWait();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
