package org.evtwin.app.pack3d;

import javafx.application.Application;

/**
 * Command-line entry of the 3D rendering benchmark (a plain class: an {@code Application} subclass cannot be the main
 * class on the class path). Options: {@code --pack NAME} (default model-s-like-96s74p), {@code --seconds N} measured
 * (default 10) after {@code --warmup N} (default 3), {@code --colour SOC|TEMPERATURE|VOLTAGE|CURRENT|SOH} (default
 * CURRENT), {@code --width W --height H} (default 1280 × 800), {@code --explode}, {@code --json} for one JSON line.
 * Run with {@code -Dprism.forceGPU=true} under Xvfb.
 */
public final class RenderBenchmark {
    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(RenderBenchmarkApp.class, args);
    }
}
