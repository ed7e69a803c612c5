package org.evtwin.app.shell;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.evtwin.app.settings.UserSettings;

/** The window's size, position and maximised state, remembered between runs. */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /** Size for the scene of a new window (the remembered one, else 1440 × 900). */
    public static Scene newScene(UserSettings settings) {
        return new Scene(new javafx.scene.layout.Pane(), settings.getDouble("window.width", 1440),
                settings.getDouble("window.height", 900));
    }

    public static void restore(Stage stage, UserSettings settings) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.getBoolean("window.maximized", false));
    }

    public static void remember(Stage stage, Scene scene, UserSettings settings) {
        settings.put("window.width", scene.getWidth());
        settings.put("window.height", scene.getHeight());
        settings.put("window.x", stage.getX());
        settings.put("window.y", stage.getY());
        settings.put("window.maximized", stage.isMaximized());
    }
}
