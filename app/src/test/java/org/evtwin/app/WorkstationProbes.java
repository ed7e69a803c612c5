package org.evtwin.app;

import static org.evtwin.app.FxWaits.onFx;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import org.testfx.util.WaitForAsyncUtils;

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

    /** The tab with this id, in any of the window's tab panes (FX thread). */
    static Tab tab(WorkstationApp.Handles app, String id) {
        return app.scene().getRoot().lookupAll(".tab-pane").stream()
                .flatMap(n -> ((TabPane) n).getTabs().stream()).filter(t -> id.equals(t.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + id));
    }

    /** Chooses the menu item with this text (FX thread). */
    static void fireMenuItem(WorkstationApp.Handles app, String text) {
        ((MenuBar) app.scene().lookup(".menu-bar")).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text)).fire();
    }

    /** Selects the row of the data sets table whose text contains {@code part} (FX thread). */
    static void selectDataSet(WorkstationApp.Handles app, String part) {
        TableView<?> table = (TableView<?>) app.scene().lookup("#datasets-table");
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).toString().contains(part)) {
                table.getSelectionModel().select(i);
            }
        }
    }

    /** Simulated seconds per wall-clock second over 2 s (after 0.5 s to settle). */
    static double rate(WorkstationApp.Handles app) {
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        double t0 = simTime(app);
        long w0 = System.nanoTime();
        WaitForAsyncUtils.sleep(2000, TimeUnit.MILLISECONDS);
        return (simTime(app) - t0) / ((System.nanoTime() - w0) / 1e9);
    }

    /** Simulated time of the twin's newest frame [s]. */
    static double simTime(WorkstationApp.Handles app) {
        return app.engine().latest().get().frame().timeS();
    }
}
