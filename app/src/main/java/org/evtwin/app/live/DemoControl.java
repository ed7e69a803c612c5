package org.evtwin.app.live;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.evtwin.app.settings.UserSettings;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.model.PackTopology;

/**
 * The panel's handle on the one-machine demo: the loopback port the user typed, whether the demo is busy (starting,
 * running or stopping), and the one connection to make once its broker runs. {@link LocalDemo} starts and stops on
 * its own thread; this reads its state once per pulse on the FX thread, so the panel never waits for the broker.
 */
final class DemoControl {
    /** Connects the panel to the running demo's broker (FX thread). */
    @FunctionalInterface
    interface Connector {
        void open(MqttSettings settings, List<VehicleList.Vehicle> vehicles);
    }

    private final LocalDemo demo;
    private final PackTopology topology;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty port = new SimpleStringProperty("0");
    private boolean connectPending;

    /** The demo publishes the frames of {@code services.simulator()} as {@link LiveServices#DEMO_VEHICLE}. */
    DemoControl(LiveServices services) {
        this.topology = services.simulatorTopology();
        this.demo = new LocalDemo(services.simulator(), VehicleSpec.of(LiveServices.DEMO_VEHICLE, topology));
    }

    /**
     * The port typed for the demo's broker.
     *
     * @throws IllegalArgumentException with the message for the user when it is not a port from 0 to 65535
     */
    int port() {
        try {
            int p = Integer.parseInt(port.get().trim());
            if (p < 0 || p > 65_535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("Demo port: \"" + port.get()
                    + "\" is not a port from 0 (any free port) to 65535");
        }
    }

    /**
     * Starts broker and publisher in the background; {@link #poll} connects once the broker runs.
     *
     * @return false (and nothing happens) when the demo is still starting, running or stopping
     */
    boolean start(int loopbackPort) {
        if (!demo.start(loopbackPort)) {
            return false;
        }
        connectPending = true;
        busy.set(true);
        return true;
    }

    /** Stops publisher and broker (in the background) and forgets a pending connection. */
    void stop() {
        connectPending = false;
        demo.stop();
    }

    /**
     * Once per pulse: shows what the demo does in {@code status}, connects through {@code connect} when its broker
     * has just come up, passes the reason to {@code failed} when starting failed, and updates {@link #busyProperty()}.
     */
    void poll(LiveStatusModel status, Connector connect, Consumer<String> failed) {
        LocalDemo.State d = demo.state();
        status.demo(demo.message());
        if (connectPending && d == LocalDemo.State.RUNNING && demo.url() != null) {
            connectPending = false;
            MqttSettings s = MqttSettings.of(demo.url(), "evtwin-workstation-demo")
                    .withProtocol(MqttSettings.Protocol.MQTT_3_1_1).withCleanSession(true);
            connect.open(s, List.of(new VehicleList.Vehicle(demo.vehicle(), topology)));
        } else if (d == LocalDemo.State.FAILED && connectPending) {
            connectPending = false;
            failed.accept(demo.message());
        }
        boolean now = d == LocalDemo.State.STARTING || d == LocalDemo.State.RUNNING || d == LocalDemo.State.STOPPING;
        if (now != busy.get()) {
            busy.set(now);
        }
    }

    /** Remembers the port. */
    void save(UserSettings settings) {
        settings.put(ConnectionForm.PREFIX + "demoPort", port.get());
    }

    void load(UserSettings settings) {
        port.set(settings.get(ConnectionForm.PREFIX + "demoPort", port.get()));
    }

    /** Waits up to {@code millis} for the demo's thread to end. */
    void awaitStopped(long millis) throws InterruptedException {
        demo.awaitStopped(millis);
    }

    /** True while the demo starts, runs or stops. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Loopback port for the demo's broker as typed; 0 = any free port. */
    StringProperty portProperty() {
        return port;
    }
}
