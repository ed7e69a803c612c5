package org.evtwin.app;

import javafx.application.Application;

/**
 * Plain entry point: a main class that extends {@code Application} cannot be started from the class path
 * ("JavaFX runtime components are missing"), so this one hands over to {@link WorkstationApp}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Interactive runs log to a file in the user's data folder; screenshot mode (scripts, CI) logs to stderr.
        if (!java.util.Arrays.asList(args).contains("--screenshot")
                && System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            java.nio.file.Path logs = org.evtwin.app.settings.AppDirectories.forCurrentUser().logs();
            try {
                java.nio.file.Files.createDirectories(logs);
                System.setProperty("org.slf4j.simpleLogger.logFile", logs.resolve("workstation.log").toString());
            } catch (java.io.IOException e) {
                System.err.println("cannot create the log folder " + logs + " (" + e.getMessage()
                        + "); logging to the console");
            }
        }
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        Preload.start(args);
        Application.launch(WorkstationApp.class, args);
    }
}
