package org.evtwin.app.live;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.evtwin.app.settings.UserSettings;
import org.evtwin.core.ingest.mqtt.ConnectionState;
import org.evtwin.core.ingest.mqtt.LiveStatus;
import org.evtwin.core.ingest.mqtt.MqttLiveSource;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.TelemetrySchema;
import org.evtwin.core.ingest.mqtt.VehicleSpec;

/**
 * State and commands of the live source panel: connect / disconnect without restarting, the local demo, vehicles to
 * watch and the one on screen, and the status polled once per FX pulse ({@link #update()}). No scene classes; the
 * unencrypted-connection confirmation is a decision point ({@link #checkBeforeConnect()}) the view answers with a
 * dialog. The live source itself is offered through {@link #liveSourceProperty()} for the twin's frame path.
 */
public final class LiveSourceViewModel implements AutoCloseable {
    /** What the view must do before {@link #connect}. */
    public enum ConnectCheck { READY, NEEDS_PLAINTEXT_CONFIRMATION }

    static final String PLAINTEXT_REFUSED = "Not connected: the broker is on another machine and the connection would"
            + " not be encrypted. Use ssl:// or confirm the unencrypted connection.";
    private final LiveServices services;
    private final ConnectionForm form = new ConnectionForm();
    private final QuarantineViewModel quarantine;
    private final LocalDemo demo;
    private final LiveStatusModel status = new LiveStatusModel();
    private final ReadOnlyObjectWrapper<MqttLiveSource> liveSource = new ReadOnlyObjectWrapper<>();
    private final ObservableList<VehicleRow> vehicles = FXCollections.observableArrayList();
    private final ObjectProperty<VehicleRow> onScreen = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper demoBusy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty demoPort = new SimpleStringProperty("0");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private LiveConnection active;
    private boolean demoConnectPending;

    public LiveSourceViewModel(LiveServices services) {
        this.services = services;
        this.quarantine = new QuarantineViewModel(services.store());
        this.demo = new LocalDemo(services.simulator(), VehicleSpec.of(LiveServices.DEMO_VEHICLE,
                services.simulatorTopology()));
        onScreen.addListener((o, a, row) -> {
            if (active != null && row != null) {
                active.source().select(row.id());
            }
        });
    }

    /** Whether {@link #connect} needs the user's confirmation of an unencrypted connection to another machine. */
    public ConnectCheck checkBeforeConnect() {
        return form.needsPlaintextConfirmation() ? ConnectCheck.NEEDS_PLAINTEXT_CONFIRMATION : ConnectCheck.READY;
    }

    /**
     * Connects with the form's settings. The password arrays belong to the connection from here on and are wiped when
     * it is closed (or at once when connecting is refused).
     *
     * @param plaintextConfirmed the user confirmed an unencrypted connection to another machine
     * @return false when refused; {@link #errorProperty()} says why
     */
    public boolean connect(char[] password, char[] keyStorePassword, boolean plaintextConfirmed) {
        if (active != null) {
            wipe(password, keyStorePassword);
            error.set("Already connected to " + active.settings().brokerUrl() + ": disconnect first.");
            return false;
        }
        if (demoBusy.get()) {
            wipe(password, keyStorePassword);
            error.set("The local demo is running: stop it first.");
            return false;
        }
        if (checkBeforeConnect() == ConnectCheck.NEEDS_PLAINTEXT_CONFIRMATION && !plaintextConfirmed) {
            wipe(password, keyStorePassword);
            error.set(PLAINTEXT_REFUSED);
            return false;
        }
        List<VehicleList.Vehicle> known;
        MqttSettings settings;
        try {
            known = VehicleList.parse(form.vehiclesProperty().get());
            settings = form.toSettings(password, keyStorePassword, plaintextConfirmed);
        } catch (IllegalArgumentException e) {
            wipe(password, keyStorePassword);
            error.set(e.getMessage());
            return false;
        }
        return open(settings, form.topicFilterProperty().get().trim(), known, false);
    }

    private boolean open(MqttSettings settings, String topic, List<VehicleList.Vehicle> known, boolean isDemo) {
        try {
            active = LiveConnection.open(settings, topic, known, services, isDemo);
        } catch (RuntimeException e) {
            error.set("Cannot connect: " + e.getMessage());
            return false;
        }
        error.set("");
        for (VehicleList.Vehicle v : known) {
            VehicleRow row = new VehicleRow(v.id(), v.topology());
            row.watchedProperty().addListener((o, a, b) -> watchChanged());
            vehicles.add(row);
        }
        onScreen.set(vehicles.get(0));
        status.connected(settings.brokerUrl() + (isDemo ? " (local demo)" : ""), topic);
        liveSource.set(active.source());
        return true;
    }

    private void watchChanged() {
        if (active != null) {
            active.source().watch(vehicles.stream().filter(r -> r.watchedProperty().get()).map(VehicleRow::id)
                    .toList());
        }
    }

    /** Disconnects; the source is closed (and its password wiped) in the background. */
    public void disconnect() {
        LiveConnection c = active;
        if (c == null) {
            return;
        }
        active = null;
        liveSource.set(null);
        vehicles.clear();
        onScreen.set(null);
        status.disconnected();
        c.closeInBackground();
    }

    /**
     * Starts the embedded broker on 127.0.0.1, the simulator's publisher, and connects to it (on a later pulse, once
     * the broker runs). A connection to another broker is closed first. Ignored while the demo is already active.
     */
    public void startDemo() {
        if (demoBusy.get()) {
            return;
        }
        int port;
        try {
            port = Integer.parseInt(demoPort.get().trim());
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException | NullPointerException e) {
            error.set("Demo port: \"" + demoPort.get() + "\" is not a port from 0 (any free port) to 65535");
            return;
        }
        disconnect();
        if (demo.start(port)) {
            demoConnectPending = true;
            demoBusy.set(true);
            error.set("");
        }
    }

    /** Disconnects from the demo and stops publisher and broker. */
    public void stopDemo() {
        if (active != null && active.isDemo()) {
            disconnect();
        }
        demoConnectPending = false;
        demo.stop();
    }

    /** Once per FX pulse: refreshes the status, the vehicles seen, the latency and the demo. */
    public void update() {
        pollDemo();
        LiveConnection c = active;
        if (c != null) {
            LiveStatus s = c.source().status();
            if (s.state() == ConnectionState.DISCONNECTED) {
                // closed by someone else (the workstation closes a replaced source): clean up as on Disconnect
                disconnect();
                quarantine.update();
                return;
            }
            status.show(s, c.latency(), c.source().latest().get());
            Set<String> seen = Set.copyOf(s.vehiclesSeen());
            Set<String> known = vehicles.stream().map(VehicleRow::id).collect(Collectors.toSet());
            for (VehicleRow row : vehicles) {
                if (row.seenProperty().get() != seen.contains(row.id())) {
                    row.setSeen(seen.contains(row.id()));
                }
            }
            status.seenVehicles(vehicles.stream().map(VehicleRow::id).filter(seen::contains).toList(), vehicles.size());
            status.unknownVehicles(seen.stream().filter(v -> !known.contains(v)).sorted().toList());
        }
        quarantine.update();
    }

    private void pollDemo() {
        LocalDemo.State d = demo.state();
        status.demo(demo.message());
        if (demoConnectPending && d == LocalDemo.State.RUNNING && demo.url() != null) {
            demoConnectPending = false;
            MqttSettings s = MqttSettings.of(demo.url(), "evtwin-workstation-demo")
                    .withProtocol(MqttSettings.Protocol.MQTT_3_1_1).withCleanSession(true);
            open(s, TelemetrySchema.TOPIC_FILTER, List.of(new VehicleList.Vehicle(demo.vehicle(),
                    services.simulatorTopology())), true);
        } else if (d == LocalDemo.State.FAILED && demoConnectPending) {
            demoConnectPending = false;
            error.set(demo.message());
        }
        boolean busy = d == LocalDemo.State.STARTING || d == LocalDemo.State.RUNNING || d == LocalDemo.State.STOPPING;
        if (busy != demoBusy.get()) {
            demoBusy.set(busy);
        }
    }

    /** Remembers the connection form (never credentials) and the demo port. */
    public void save(UserSettings settings) {
        form.save(settings);
        settings.put(ConnectionForm.PREFIX + "demoPort", demoPort.get());
    }

    public void load(UserSettings settings) {
        form.load(settings);
        demoPort.set(settings.get(ConnectionForm.PREFIX + "demoPort", demoPort.get()));
    }

    static void wipe(char[]... secrets) {
        for (char[] s : secrets) {
            if (s != null) {
                Arrays.fill(s, '\0');
            }
        }
    }

    public ConnectionForm form() {
        return form;
    }

    public LiveStatusModel status() {
        return status;
    }

    public QuarantineViewModel quarantine() {
        return quarantine;
    }

    /** The connected live source (a {@link org.evtwin.core.engine.FrameSource}), null when disconnected. */
    public ReadOnlyObjectProperty<MqttLiveSource> liveSourceProperty() {
        return liveSource.getReadOnlyProperty();
    }

    /** Known vehicles of the connection; untick to stop recording one. */
    public ObservableList<VehicleRow> vehicles() {
        return vehicles;
    }

    /** The vehicle whose frames go to the screen (its pack topology is the one the views must be built for). */
    public ObjectProperty<VehicleRow> onScreenProperty() {
        return onScreen;
    }

    /** True while the local demo starts, runs or stops. */
    public ReadOnlyBooleanProperty demoBusyProperty() {
        return demoBusy.getReadOnlyProperty();
    }

    public boolean isConnected() {
        return active != null;
    }

    /** Loopback port for the demo's broker; 0 = any free port. */
    public StringProperty demoPortProperty() {
        return demoPort;
    }

    /** Why the last command was refused or failed; empty when it worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Disconnects, stops the demo and waits briefly for both (closing the window; on the FX thread). */
    @Override
    public void close() {
        LiveConnection c = active;
        disconnect();
        stopDemo();
        try {
            if (c != null) {
                c.awaitClosed(10_000);
            }
            demo.awaitStopped(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        quarantine.close();
    }
}
