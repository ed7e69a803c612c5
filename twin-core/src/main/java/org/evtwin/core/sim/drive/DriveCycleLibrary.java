package org.evtwin.core.sim.drive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.evtwin.core.TwinException;

/**
 * The drive cycles shipped with the twin (see {@code sample-data/drive-cycles/SOURCE.txt}), loaded from the class
 * path on first use and cached. Thread-safe; create one per application and hand it to whoever needs it.
 *
 * <p>Speed schedules (from NREL FASTSim, Apache-2.0): {@code UDDS}, {@code HWFET}, {@code US06}, {@code WLTC}
 * (class 3b). Battery load profiles (from PyBaMM, BSD-3-Clause): {@code US06-current} (single-cell-scale current, A),
 * {@code WLTC-power} (vehicle-scale power, W), {@code car-current} (piecewise-constant test current, A). Names are
 * matched ignoring case.
 */
public final class DriveCycleLibrary {

    /** Class-path folder holding the shipped drive cycles. */
    public static final String RESOURCE_ROOT = "/org/evtwin/sample-data/drive-cycles/";

    private static final String FASTSIM = "NREL FASTSim commit bd9111bbba6ff3b0827d430f1c35d415d35ff037, "
            + "Apache-2.0";
    private static final String PYBAMM = "PyBaMM commit c733b73bb0085a792e802228a64013f92ca6a8f1, BSD-3-Clause";

    private record Entry(String name, String resource, String source) {
    }

    private static final Map<String, Entry> ENTRIES = entries(
            new Entry("UDDS", "speed/udds.csv", "EPA Urban Dynamometer Driving Schedule (speed), via " + FASTSIM),
            new Entry("HWFET", "speed/hwfet.csv", "EPA Highway Fuel Economy Test cycle (speed), via " + FASTSIM),
            new Entry("US06", "speed/us06.csv", "EPA US06 Supplemental FTP cycle (speed), via " + FASTSIM),
            new Entry("WLTC", "speed/wltc_3b.csv", "UN GTR No. 15 WLTC class 3b (speed), via " + FASTSIM),
            new Entry("US06-current", "current/US06.csv",
                    "PyBaMM load profile based on US06 (cell-scale current, + = discharge), " + PYBAMM),
            new Entry("WLTC-power", "current/WLTC.csv",
                    "PyBaMM load profile based on WLTC (vehicle-scale power, + = discharge), " + PYBAMM),
            new Entry("car-current", "current/car_current.csv",
                    "PyBaMM piecewise-constant test current adapted from LIONSIMBA getCarCurrent.m, " + PYBAMM));

    private final Map<String, DriveProfile> cache = new ConcurrentHashMap<>();

    /** Creates an empty-cached library over the shipped resources. */
    public DriveCycleLibrary() {
    }

    private static Map<String, Entry> entries(Entry... list) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : list) {
            map.put(key(e.name()), e);
        }
        return Collections.unmodifiableMap(map);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The built-in names.
     *
     * @return the names in their canonical spelling, speed schedules first; unmodifiable, in a stable order
     */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        ENTRIES.values().forEach(e -> names.add(e.name()));
        return Collections.unmodifiableSet(names);
    }

    /**
     * Loads a built-in cycle by name (case-insensitive). The profile carries the canonical name and a source
     * description naming the upstream repository, commit and licence.
     *
     * @param name one of {@link #names()}, any case, surrounding blanks ignored
     * @return the profile (the same instance on every call for a name)
     * @throws TwinException if the name is unknown or the resource is missing or malformed
     */
    public DriveProfile load(String name) {
        Entry entry = name == null ? null : ENTRIES.get(key(name));
        if (entry == null) {
            throw new TwinException("drive cycle '" + name + "': unknown (rule: one of " + names() + ")");
        }
        return cache.computeIfAbsent(key(entry.name()), k -> DriveProfileReader
                .readResource(RESOURCE_ROOT + entry.resource())
                .withDescription(entry.name(), entry.source() + " [" + RESOURCE_ROOT + entry.resource() + "]"));
    }
}
