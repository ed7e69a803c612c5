package org.evtwin.core.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The per-user data folder of the twin, by the OS's convention (never inside the installation): Linux
 * {@code $XDG_DATA_HOME/evtwin} (default {@code ~/.local/share/evtwin}), macOS
 * {@code ~/Library/Application Support/evtwin}, Windows {@code %LOCALAPPDATA%\evtwin}. The system property
 * {@code evtwin.home} overrides it: data then lives in {@code <evtwin.home>/data} (tests, portable installs; the same
 * rule as the workstation's settings folders).
 */
public final class UserDataDirectory {
    private static final String APP = "evtwin";

    private UserDataDirectory() {
    }

    /** The data folder for the current user and OS. */
    public static Path current() {
        return resolve(System.getProperties(), System.getenv());
    }

    /** The data folder for the given system properties and environment (testable without changing either). */
    public static Path resolve(Properties properties, Map<String, String> environment) {
        String override = properties.getProperty("evtwin.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve("data");
        }
        String os = properties.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(properties.getProperty("user.home", "."));
        if (os.contains("win")) {
            String local = environment.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local")).resolve(APP);
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support").resolve(APP);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local/share");
        return base.resolve(APP);
    }
}
