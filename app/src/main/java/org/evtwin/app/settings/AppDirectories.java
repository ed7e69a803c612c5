package org.evtwin.app.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Per-user folders, by the OS's convention, never inside the installation: Linux XDG ({@code $XDG_CONFIG_HOME},
 * {@code $XDG_DATA_HOME}, defaults {@code ~/.config}, {@code ~/.local/share}), macOS {@code ~/Library/Application
 * Support}, Windows {@code %APPDATA%}. {@code -Devtwin.home=<dir>} puts everything under one folder (tests, portable).
 */
public final class AppDirectories {
    private static final String APP = "evtwin";
    private final Path config;
    private final Path data;

    private AppDirectories(Path config, Path data) {
        this.config = config;
        this.data = data;
    }

    public static AppDirectories forCurrentUser() {
        String override = System.getProperty("evtwin.home");
        if (override != null && !override.isBlank()) {
            Path base = Path.of(override);
            return new AppDirectories(base.resolve("config"), base.resolve("data"));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve(APP);
            return new AppDirectories(base, base);
        }
        if (os.contains("mac")) {
            Path base = home.resolve("Library/Application Support").resolve(APP);
            return new AppDirectories(base, base);
        }
        return new AppDirectories(xdg("XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP),
                xdg("XDG_DATA_HOME", home.resolve(".local/share")).resolve(APP));
    }

    private static Path xdg(String variable, Path fallback) {
        String v = System.getenv(variable);
        return v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : fallback;
    }

    /** Settings (window layout, last choices). */
    public Path config() {
        return config;
    }

    /** Data: database, logs. */
    public Path data() {
        return data;
    }

    public Path logs() {
        return data.resolve("logs");
    }
}
