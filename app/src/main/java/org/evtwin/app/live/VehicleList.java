package org.evtwin.app.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evtwin.core.TwinException;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.model.PackTopology;

/**
 * The vehicles a live source accepts, typed as {@code id=pack} entries separated by commas or new lines
 * ({@code car-17=leaf-96s2p, car-18=leaf-96s2p}); the pack is a built-in pack name or a topology JSON file. Messages
 * of other vehicles are quarantined as unknown, and a vehicle's pack shape is checked on every message.
 */
public final class VehicleList {
    /** A known vehicle with the pack it carries. */
    public record Vehicle(VehicleSpec spec, PackTopology topology) {
        public String id() {
            return spec.id();
        }
    }

    private VehicleList() {
    }

    /**
     * @throws IllegalArgumentException naming the entry and the rule
     */
    public static List<Vehicle> parse(String text) {
        List<Vehicle> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] entries = text == null ? new String[0] : text.split("[,\\n]");
        int n = 0;
        for (String raw : entries) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            n++;
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("Vehicles, entry " + n + " \"" + entry + "\": expected id=pack,"
                        + " for example car-1=" + Catalog.DEFAULT_PACK);
            }
            String id = entry.substring(0, eq).trim();
            String pack = entry.substring(eq + 1).trim();
            PackTopology topology;
            VehicleSpec spec;
            try {
                topology = Catalog.pack(pack);
                spec = VehicleSpec.of(id, topology);
            } catch (TwinException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Vehicles, entry " + n + " \"" + entry + "\": " + e.getMessage());
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException("Vehicles, entry " + n + " \"" + entry + "\": vehicle " + id
                        + " is listed twice");
            }
            out.add(new Vehicle(spec, topology));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Vehicles: list at least one vehicle as id=pack, for example car-1="
                    + Catalog.DEFAULT_PACK);
        }
        return out;
    }
}
