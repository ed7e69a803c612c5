package org.evtwin.app.live;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evtwin.core.ingest.mqtt.LiveStatus;
import org.evtwin.core.ingest.mqtt.MqttLiveSource;

/**
 * The vehicles of the open connection as the panel lists them: one row per known vehicle (ticked = recorded), the one
 * whose frames go to the screen, and which of them the broker has delivered. The live source is told at once when the
 * user changes the ticks or the vehicle on screen. FX thread only; empty while disconnected.
 */
final class ConnectionVehicles {
    private final ObservableList<VehicleRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<VehicleRow> onScreen = new SimpleObjectProperty<>();
    private final Supplier<MqttLiveSource> source;

    /** {@code source} gives the open connection's live source, null while disconnected. */
    ConnectionVehicles(Supplier<MqttLiveSource> source) {
        this.source = source;
        onScreen.addListener((o, a, row) -> {
            MqttLiveSource live = source.get();
            if (live != null && row != null) {
                live.select(row.id());
            }
        });
    }

    /** Lists the {@code known} vehicles of the new connection; the first goes on screen. */
    void connected(List<VehicleList.Vehicle> known) {
        for (VehicleList.Vehicle v : known) {
            VehicleRow row = new VehicleRow(v.id(), v.topology());
            row.watchedProperty().addListener((o, a, b) -> watchChanged());
            rows.add(row);
        }
        onScreen.set(rows.get(0));
    }

    private void watchChanged() {
        MqttLiveSource live = source.get();
        if (live != null) {
            live.watch(rows.stream().filter(r -> r.watchedProperty().get()).map(VehicleRow::id).toList());
        }
    }

    /** Empties the list (the connection is closing). */
    void disconnected() {
        rows.clear();
        onScreen.set(null);
    }

    /** Once per pulse: marks the rows the broker has delivered and tells {@code status} which were seen. */
    void showSeen(LiveStatus s, LiveStatusModel status) {
        Set<String> seen = Set.copyOf(s.vehiclesSeen());
        Set<String> known = rows.stream().map(VehicleRow::id).collect(Collectors.toSet());
        for (VehicleRow row : rows) {
            if (row.seenProperty().get() != seen.contains(row.id())) {
                row.setSeen(seen.contains(row.id()));
            }
        }
        status.seenVehicles(rows.stream().map(VehicleRow::id).filter(seen::contains).toList(), rows.size());
        status.unknownVehicles(s.vehiclesSeen().stream().filter(v -> !known.contains(v)).toList(),
                s.seenBeyondLimit());
    }

    ObservableList<VehicleRow> rows() {
        return rows;
    }

    ObjectProperty<VehicleRow> onScreenProperty() {
        return onScreen;
    }
}
