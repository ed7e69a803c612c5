package org.evtwin.app.live;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.evtwin.app.settings.UserSettings;
import org.evtwin.core.ingest.mqtt.ConnectionState;
import org.evtwin.core.ingest.mqtt.LiveStatus;
import org.evtwin.core.ingest.mqtt.MqttLiveSource;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.TelemetrySchema;

/**
 * State and commands of the live source panel: connect / disconnect without restarting, the local demo, vehicles to
 * watch and the one on screen, and the status polled once per FX pulse ({@link #update()}). No scene classes; the
 * unencrypted-connection confirmation is a decision point ({@link #checkBeforeConnect()}) the view answers with a
 * dialog. The live source itself is offered through {@link #liveSourceProperty()} for the twin's frame path. The
 * vehicle list is {@link ConnectionVehicles}, the demo's port and progress {@link DemoControl}.
 */
public final class LiveSourceViewModel implements AutoCloseable {
    /** What the view must do before {@link #connect}. */
    public enum ConnectCheck { READY, NEEDS_PLAINTEXT_CONFIRMATION }

    static final String PLAINTEXT_REFUSED = "Not connected: the broker is on another machine and the connection would"
            + " not be encrypted. Use ssl:// or confirm the unencrypted connection.";
    private final LiveServices services;
    private final ConnectionForm form = new ConnectionForm();
    private final QuarantineViewModel quarantine;
    private final DemoControl demo;
    private final LiveStatusModel status = new LiveStatusModel();
    private final ReadOnlyObjectWrapper<MqttLiveSource> liveSource = new ReadOnlyObjectWrapper<>();
    private final ConnectionVehicles vehicles;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** What the demo's per-pulse poll calls: built once, not on every pulse. */
    private final DemoControl.Connector demoConnector = (settings, demoVehicle) -> open(settings,
            TelemetrySchema.TOPIC_FILTER, demoVehicle, true);
    private final java.util.function.Consumer<String> demoFailed = error::set;
    private LiveConnection active;

    public LiveSourceViewModel(LiveServices services) {
        this.services = services;
        this.quarantine = new QuarantineViewModel(services.store());
        this.demo = new DemoControl(services);
        this.vehicles = new ConnectionVehicles(() -> active == null ? null : active.source());
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
        if (demo.busyProperty().get()) {
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
        vehicles.connected(known);
        status.connected(settings.brokerUrl() + (isDemo ? " (local demo)" : ""), topic);
        liveSource.set(active.source());
        return true;
    }

    /** Disconnects; the source is closed (and its password wiped) in the background. */
    public void disconnect() {
        LiveConnection c = active;
        if (c == null) {
            return;
        }
        active = null;
        liveSource.set(null);
        vehicles.disconnected();
        status.disconnected();
        c.closeInBackground();
    }

    /**
     * Starts the embedded broker on 127.0.0.1, the simulator's publisher, and connects to it (on a later pulse, once
     * the broker runs). A connection to another broker is closed first. Ignored while the demo is already active.
     */
    public void startDemo() {
        if (demo.busyProperty().get()) {
            return;
        }
        int port;
        try {
            port = demo.port();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        disconnect();
        if (demo.start(port)) {
            error.set("");
        }
    }

    /** Disconnects from the demo and stops publisher and broker. */
    public void stopDemo() {
        if (active != null && active.isDemo()) {
            disconnect();
        }
        demo.stop();
    }

    /** Once per FX pulse: refreshes the status, the vehicles seen, the latency and the demo. */
    public void update() {
        demo.poll(status, demoConnector, demoFailed);
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
            vehicles.showSeen(s, status);
        }
        quarantine.update();
    }

    /** Remembers the connection form (never credentials) and the demo port. */
    public void save(UserSettings settings) {
        form.save(settings);
        demo.save(settings);
    }

    public void load(UserSettings settings) {
        form.load(settings);
        demo.load(settings);
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
        return vehicles.rows();
    }

    /** The vehicle whose frames go to the screen (its pack topology is the one the views must be built for). */
    public ObjectProperty<VehicleRow> onScreenProperty() {
        return vehicles.onScreenProperty();
    }

    /** True while the local demo starts, runs or stops. */
    public ReadOnlyBooleanProperty demoBusyProperty() {
        return demo.busyProperty();
    }

    public boolean isConnected() {
        return active != null;
    }

    /** Loopback port for the demo's broker; 0 = any free port. */
    public StringProperty demoPortProperty() {
        return demo.portProperty();
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
