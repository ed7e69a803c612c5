package org.evtwin.app;

import static org.evtwin.app.FxWaits.onFx;

import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;

/** Reads of the running workstation's state for the assertions of {@link WorkstationFxTest}. */
final class WorkstationProbes {
    private WorkstationProbes() {
    }

    /** The text label of the remaining-useful-life tile that has text (FX thread), or an empty label. */
    static Label rulTileLabel(WorkstationApp.Handles app) {
        return (Label) app.scene().getRoot().lookup(".rul-tile").lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && l.getText() != null && !l.getText().isEmpty()).findFirst()
                .orElse(new Label(""));
    }

    /** Each cell's colour in the 3D view's cell texture (ARGB), in cell order. */
    static int[] texels(WorkstationApp.Handles app) throws Exception {
        return onFx(() -> {
            PixelReader r = app.packView().cellTexture().getPixelReader();
            int n = app.packVm().cellCount();
            int w = (int) app.packView().cellTexture().getWidth();
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = r.getArgb(i % w, i / w);
            }
            return out;
        });
    }

    /** The what-if column of the figure with this id, as shown. */
    static String figure(WorkstationApp.Handles app, String id) {
        return app.whatIfVm().figures().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow()
                .whatIfProperty().get();
    }

    /** Simulated time of the twin's newest frame [s]. */
    static double simTime(WorkstationApp.Handles app) {
        return app.engine().latest().get().frame().timeS();
    }
}
