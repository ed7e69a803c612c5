package org.evtwin.app.datasets;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The first-start offer as a banner above the data-set browser (not a modal dialog: the workstation is usable while
 * the user decides). Shown while the offer stands or its import runs, then it hides itself.
 */
public final class SampleDataBanner {
    private final HBox root;

    public SampleDataBanner(SampleDataOffer offer) {
        Label text = new Label();
        text.setId("sample-offer-text");
        text.setWrapText(true);
        text.textProperty().bind(offer.messageProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        ProgressBar progress = new ProgressBar();
        progress.setId("sample-offer-progress");
        progress.progressProperty().bind(offer.progressProperty());
        progress.visibleProperty().bind(offer.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button yes = new Button("Import samples");
        yes.setId("sample-offer-accept");
        yes.setOnAction(e -> offer.accept());
        Button no = new Button("No, thanks");
        no.setId("sample-offer-decline");
        no.setOnAction(e -> offer.decline());
        Button stop = new Button("Stop");
        stop.setId("sample-offer-stop");
        stop.setOnAction(e -> offer.cancel());
        for (Button b : new Button[] {yes, no, stop}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (Button b : new Button[] {yes, no}) {
            b.visibleProperty().bind(offer.runningProperty().not());
            b.managedProperty().bind(b.visibleProperty());
        }
        stop.visibleProperty().bind(offer.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        root = new HBox(8, text, progress, yes, no, stop);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 10, 6, 10));
        root.setId("sample-offer");
        root.getStyleClass().add("sample-offer");
        root.visibleProperty().bind(offer.offeredProperty().or(offer.runningProperty()));
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node root() {
        return root;
    }
}
