package org.evtwin.app.live;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The panel's confirmations; each needs an explicit click on the risky choice (the safe one is the default). */
final class LiveDialogs {
    static final ButtonType CONNECT_UNENCRYPTED = new ButtonType("Connect without encryption",
            ButtonBar.ButtonData.OK_DONE);
    static final ButtonType TURN_OFF = new ButtonType("Turn off verification", ButtonBar.ButtonData.OK_DONE);

    private LiveDialogs() {
    }

    /** Asks before a {@code tcp://} connection to another machine; true only when the user chose to connect. */
    static boolean confirmPlaintext(Window owner, String url) {
        Alert a = new Alert(Alert.AlertType.WARNING, "The broker " + url + " is not on this machine and tcp:// is not"
                + " encrypted: the password and all telemetry would cross the network readable by anyone on the"
                + " way.\n\nUse ssl:// if the broker offers TLS.", ButtonType.CANCEL, CONNECT_UNENCRYPTED);
        a.initOwner(owner);
        a.setTitle("Unencrypted connection");
        a.setHeaderText("Connect without TLS?");
        defaultToCancel(a);
        return a.showAndWait().filter(b -> b == CONNECT_UNENCRYPTED).isPresent();
    }

    /** Asks before hostname verification is switched off; true only when the user chose to. */
    static boolean confirmHostnameVerificationOff(Window owner) {
        Alert a = new Alert(Alert.AlertType.WARNING, "Without hostname verification any server holding a certificate"
                + " from a trusted CA can pose as the broker and read the password and telemetry.\n\nTurn it off only"
                + " for a test broker whose certificate names another host.", ButtonType.CANCEL, TURN_OFF);
        a.initOwner(owner);
        a.setTitle("Hostname verification");
        a.setHeaderText("Turn off hostname verification?");
        defaultToCancel(a);
        return a.showAndWait().filter(b -> b == TURN_OFF).isPresent();
    }

    private static void defaultToCancel(Alert a) {
        for (ButtonType t : a.getButtonTypes()) {
            ((javafx.scene.control.Button) a.getDialogPane().lookupButton(t)).setDefaultButton(t == ButtonType.CANCEL);
        }
    }
}
