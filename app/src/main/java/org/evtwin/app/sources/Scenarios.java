package org.evtwin.app.sources;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named scenarios offered in the simulator panel (experiment text, per cell; see the experiment language). */
public final class Scenarios {
    /** A realistic day: morning drive, parking, evening drive, overnight CC-CV charge. */
    public static final String DAY = String.join("\n",
            "Run UDDS 2 times",
            "Run HWFET",
            "Rest for 4 hours",
            "Run UDDS 2 times",
            "Rest for 1 hour",
            "Charge at 0.3C until 4.1 V",
            "Hold at 4.1 V until C/20",
            "Rest for 2 hours");

    /** The remembered scenario, or the default day when it does not parse any more (logged). */
    public static org.evtwin.core.sim.experiment.Experiment parseOrDefault(String text,
            org.evtwin.core.sim.drive.DriveCycleLibrary profiles) {
        try {
            return org.evtwin.core.sim.experiment.Experiment.parse(text, profiles.names());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Scenarios.class).warn("remembered scenario does not parse any more"
                    + " ({}); using the default day", e.getMessage());
            return org.evtwin.core.sim.experiment.Experiment.parse(DAY, profiles.names());
        }
    }

    private Scenarios() {
    }

    /** Scenario name → experiment text, in display order. */
    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("A day: drive, park, charge overnight", DAY);
        m.put("Motorway: HWFET until empty", "Repeat 20 times:\nRun HWFET\nEnd");
        m.put("Aggressive: US06 until empty", "Repeat 20 times:\nRun US06\nEnd");
        m.put("Fast charge at 1C", "Charge at 1C until 4.1 V\nHold at 4.1 V until C/20\nRest for 30 minutes");
        m.put("Constant 1C discharge", "Discharge at 1C until 3.0 V\nRest for 1 hour");
        return m;
    }
}
