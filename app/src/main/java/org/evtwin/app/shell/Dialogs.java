package org.evtwin.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.evtwin.core.model.PackTopology;

/** About and keyboard-shortcut dialogs. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void about(Window owner, PackTopology topology) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("About");
        a.setHeaderText("EV Battery Twin Workstation");
        a.setContentText(String.format(Locale.ROOT, "Pack: %s, %s, %d cells, %.1f Ah.%nCell: %s (%s).%n"
                + "Parameters: %s", topology.name(), topology.configuration(), topology.cellCount(),
                topology.capacityAh(), topology.cell().name(), topology.cell().chemistry(),
                topology.cell().provenance().source()));
        a.show();
    }

    /** Lists every menu shortcut, read from the window's menu bar itself so the list cannot drift from it. */
    public static void shortcuts(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts (Ctrl on Linux/Windows, ⌘ on macOS)");
        List<String> lines = new ArrayList<>();
        if (owner.getScene() != null && owner.getScene().getRoot().lookup(".menu-bar") instanceof MenuBar bar) {
            for (Menu menu : bar.getMenus()) {
                collect(menu, menu.getText().replace("_", ""), lines);
            }
        }
        lines.add("3D view: left-drag orbit, right- or shift-drag pan, wheel zoom, click a cell to pick it");
        a.setContentText(String.join("\n", lines));
        a.show();
    }

    private static void collect(Menu menu, String path, List<String> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + sub.getText(), lines);
            } else if (item.getAccelerator() != null) {
                lines.add(String.format(Locale.ROOT, "%-14s %s › %s", item.getAccelerator().getDisplayText(), path,
                        item.getText()));
            }
        }
    }
}
