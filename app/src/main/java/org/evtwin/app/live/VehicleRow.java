package org.evtwin.app.live;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.evtwin.core.model.PackTopology;

/** A known vehicle in the panel's list: watched (recorded) or not, and whether the broker has delivered it yet. */
public final class VehicleRow {
    private final String id;
    private final PackTopology topology;
    private final BooleanProperty watched = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper seen = new ReadOnlyBooleanWrapper(false);

    VehicleRow(String id, PackTopology topology) {
        this.id = id;
        this.topology = topology;
    }

    public String id() {
        return id;
    }

    public PackTopology topology() {
        return topology;
    }

    /** Record this vehicle's messages (unwatched vehicles are counted as ignored). */
    public BooleanProperty watchedProperty() {
        return watched;
    }

    /** True once a message of this vehicle arrived on the topic. */
    public ReadOnlyBooleanProperty seenProperty() {
        return seen.getReadOnlyProperty();
    }

    void setSeen(boolean value) {
        seen.set(value);
    }

    /** List label: id and pack. */
    @Override
    public String toString() {
        return id + " — " + topology.name() + " (" + topology.cellCount() + " cells)";
    }
}
