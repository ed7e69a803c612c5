package org.evtwin.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Command-line options of the workstation.
 *
 * @param screenshot  when set, save a PNG of the window after {@code frames} pulses and exit 0
 * @param frames      pulses to wait before the screenshot
 * @param pack        built-in pack name or topology file
 * @param speed       simulated seconds per wall-clock second
 * @param speedGiven  whether --speed was on the command line (otherwise the remembered speed applies)
 */
public record StartOptions(Path screenshot, int frames, String pack, double speed, boolean speedGiven) {

    public static StartOptions parse(List<String> args) {
        Path screenshot = null;
        int frames = 30;
        String pack = org.evtwin.core.catalog.Catalog.DEFAULT_PACK;
        double speed = 60.0;
        boolean speedGiven = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (a) {
                case "--screenshot" -> screenshot = Path.of(require(a, value));
                case "--frames" -> frames = Integer.parseInt(require(a, value));
                case "--pack" -> pack = require(a, value);
                case "--speed" -> {
                    speed = Double.parseDouble(require(a, value));
                    speedGiven = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (options: --screenshot <png> [--frames N] --pack <name|file> --speed <x>)");
            }
            i++;
        }
        return new StartOptions(screenshot, frames, pack, speed, speedGiven);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
