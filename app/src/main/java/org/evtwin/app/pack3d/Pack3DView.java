package org.evtwin.app.pack3d;

import java.util.Objects;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The pack view: the 3D pack (or, where {@link ConditionalFeature#SCENE3D} is not supported, a 2D heat map) with
 * the legend in the top-left corner, a colour-by choice, explode toggle and reset button in the top-right, and the
 * picked cell's details along the bottom. Mouse: left-drag orbits, right- or shift-drag pans, the wheel zooms, a
 * click picks a cell (a click off the cells clears the selection).
 *
 * <p>The owner calls, on the FX thread, once per {@code AnimationTimer} pulse: {@code viewModel.apply(newestFrame)}
 * when a new frame arrived, then {@link #update()}; never one {@code Platform.runLater} per message.
 */
public final class Pack3DView {
    private final Pack3DViewModel vm;
    private final PackScene3D scene3d;
    private final HeatMap2D heatMap;
    private final LegendView legend;
    private final StackPane root = new StackPane();

    /** A 3D view when the platform supports 3D, else the 2D heat map. */
    public Pack3DView(Pack3DViewModel viewModel) {
        this(viewModel, Platform.isSupported(ConditionalFeature.SCENE3D));
    }

    /** A 3D view when {@code use3D} (the platform must support it), else the 2D heat map. */
    public Pack3DView(Pack3DViewModel viewModel, boolean use3D) {
        this.vm = Objects.requireNonNull(viewModel, "viewModel");
        this.scene3d = use3D ? new PackScene3D(viewModel) : null;
        this.heatMap = use3D ? null : new HeatMap2D(viewModel);
        this.legend = new LegendView(viewModel);
        StackPane.setAlignment(legend.node(), Pos.TOP_LEFT);
        StackPane.setMargin(legend.node(), new Insets(12));
        Region controls = controls();
        StackPane.setAlignment(controls, Pos.TOP_RIGHT);
        StackPane.setMargin(controls, new Insets(12));
        Label selection = new Label();
        selection.getStyleClass().add("pack3d-selection");
        selection.textProperty().bind(viewModel.selectionTextProperty());
        selection.visibleProperty().bind(viewModel.selectionTextProperty().isNotEmpty());
        selection.setMouseTransparent(true);
        StackPane.setAlignment(selection, Pos.BOTTOM_LEFT);
        StackPane.setMargin(selection, new Insets(12));
        // The 3D picture below changes every frame, so everything drawn over it is drawn again every frame: keep the
        // overlays as cached bitmaps (redrawn only when their own content changes).
        for (Region overlay : new Region[] {legend.node(), controls, selection}) {
            overlay.setCache(true);
        }
        root.getChildren().addAll(use3D ? scene3d.node() : heatMap.node(), legend.node(), controls, selection);
        root.getStyleClass().add("pack3d");
        root.getStylesheets().add(Objects.requireNonNull(Pack3DView.class.getResource("pack3d.css")).toExternalForm());
        root.setMinSize(0, 0);
        root.setPrefSize(960, 640);
        // a change listener, so it runs after the view model's own (invalidation listeners would run before it)
        viewModel.colourByProperty().addListener((obs, old, now) -> update());
    }

    private Region controls() {
        ComboBox<ColourBy> colourBy = new ComboBox<>();
        colourBy.getItems().setAll(ColourBy.values());
        colourBy.valueProperty().bindBidirectional(vm.colourByProperty());
        colourBy.setId("pack3d-colour-by");
        ToggleButton explode = new ToggleButton("Explode");
        explode.selectedProperty().bindBidirectional(vm.explodedProperty());
        explode.setId("pack3d-explode");
        Button reset = new Button("Reset view");
        reset.setOnAction(e -> resetView());
        reset.setId("pack3d-reset");
        HBox buttons = new HBox(6, explode);
        if (scene3d != null) {
            buttons.getChildren().add(reset);
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, colourBy, buttons);
        box.setAlignment(Pos.TOP_RIGHT);
        box.getStyleClass().add("pack3d-controls");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    /** The node to put in a window. */
    public Region root() {
        return root;
    }

    /** Shows the view model's newest colours and alarm markers; cheap when nothing changed. Once per pulse. */
    public void update() {
        if (scene3d != null) {
            scene3d.update();
        } else {
            heatMap.update();
        }
    }

    /** Puts the camera back to the view that fits the whole pack (no effect in 2D). */
    public void resetView() {
        if (scene3d != null) {
            scene3d.resetView();
        }
    }

    /** True when showing 3D, false for the 2D heat map. */
    public boolean is3D() {
        return scene3d != null;
    }

    /** The 3D sub-scene, or null in 2D. */
    public SubScene subScene() {
        return scene3d == null ? null : scene3d.subScene();
    }

    /** The image with one texel per cell that colours the mesh, or null in 2D. */
    public Image cellTexture() {
        return scene3d == null ? null : scene3d.texture().image();
    }

    /** Where a cell's top face centre is on the screen now, or null when the view is not showing. */
    public Point2D cellScreenPosition(int cell) {
        return scene3d != null ? scene3d.cellScreenPosition(cell) : heatMap.cellScreenPosition(cell);
    }

    /** The legend's texts (title | min | mid | max | note | alarms). */
    public String legendText() {
        return legend.text();
    }

    PackScene3D scene3d() {
        return scene3d;
    }

    HeatMap2D heatMap() {
        return heatMap;
    }
}
