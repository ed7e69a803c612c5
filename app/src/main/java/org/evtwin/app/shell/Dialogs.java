package org.evtwin.app.shell;

import java.util.Locale;
import javafx.scene.control.Alert;
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

    public static void shortcuts(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts (Ctrl on Linux/Windows, ⌘ on macOS)");
        a.setContentText(String.join("\n",
                "Ctrl+P  pause / play        Ctrl+.  step",
                "Ctrl+=  faster              Ctrl+-  slower",
                "Ctrl+R  reset pack and scenario",
                "Ctrl+1…6  colour cells by SoC, temperature, voltage, current, SoH, residual",
                "Ctrl+E  explode modules     Ctrl+0  reset 3D view",
                "Ctrl+Shift+S  save screenshot   Ctrl+Q  quit",
                "3D view: left-drag orbit, right- or shift-drag pan, wheel zoom, click a cell to pick it"));
        a.show();
    }
}
