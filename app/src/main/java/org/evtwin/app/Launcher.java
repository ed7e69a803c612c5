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
        Application.launch(WorkstationApp.class, args);
    }
}
