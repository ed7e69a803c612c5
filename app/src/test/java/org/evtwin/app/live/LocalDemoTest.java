package org.evtwin.app.live;

import static org.evtwin.app.live.LiveTestKit.pulseUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.evtwin.core.ingest.mqtt.ConnectionState;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/** "Start local demo": embedded broker + publisher of the simulator's frames + the live source, and tearing down. */
class LocalDemoTest {

    @Test
    void demoPublishesTheSimulatorsFramesAndTheLiveSourceShowsThem() {
        LiveTestKit.FedSource simulator = new LiveTestKit.FedSource();
        List<PackFrame> running = LiveTestKit.leafFrames(100, 1.0);
        PackFrame marked = LiveTestKit.leafFrames(1, 2.0).get(0);
        int[] next = {0};
        try (LiveSourceViewModel vm = new LiveSourceViewModel(LiveTestKit.services(simulator, null))) {
            vm.startDemo();
            vm.startDemo();   // a second click while starting changes nothing
            assertTrue(vm.demoBusyProperty().get());
            pulseUntil(vm, "connected to the demo", 30,
                    () -> vm.status().stateProperty().get() == ConnectionState.CONNECTED);
            assertTrue(vm.status().brokerProperty().get().matches("tcp://127\\.0\\.0\\.1:\\d+ \\(local demo\\)"),
                    vm.status().brokerProperty().get());
            assertEquals(LiveServices.DEMO_VEHICLE, vm.onScreenProperty().get().id());
            // the simulator keeps producing frames, as the running engine does
            pulseUntil(vm, "frames from the demo", 20, () -> {
                simulator.publish(running.get(next[0]++ % running.size()));
                return vm.status().last().accepted() >= 3;
            });
            simulator.publish(marked);
            pulseUntil(vm, "the simulator's newest frame on screen", 20, () -> {
                var s = vm.liveSourceProperty().get().latest().get();
                return s != null && s.frame().packCurrentA() == marked.packCurrentA();
            });
            PackFrame shown = vm.liveSourceProperty().get().latest().get().frame();
            assertEquals(marked.packVoltageV(), shown.packVoltageV());
            assertArrayEquals(marked.cellTemperatureC(), shown.cellTemperatureC());
            assertArrayEquals(marked.cellVoltageV(), shown.cellVoltageV());
            vm.stopDemo();
            assertNull(vm.liveSourceProperty().get());
            pulseUntil(vm, "the demo stopped", 20, () -> !vm.demoBusyProperty().get());
            assertEquals("local demo stopped", vm.status().demoProperty().get());
            vm.startDemo();   // and again, without restarting
            pulseUntil(vm, "connected to the second demo", 30,
                    () -> vm.status().stateProperty().get() == ConnectionState.CONNECTED);
        }
    }

    @Test
    void aFixedPortInUseFailsWithAMessageAndLeavesNothingRunning() throws Exception {
        try (ServerSocket taken = new ServerSocket();
                LiveSourceViewModel vm = new LiveSourceViewModel(LiveTestKit.services(new LiveTestKit.FedSource(),
                        null))) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            vm.demoPortProperty().set(Integer.toString(taken.getLocalPort()));
            vm.startDemo();
            pulseUntil(vm, "the demo to fail", 20, () -> !vm.demoBusyProperty().get());
            assertEquals("local demo failed: port " + taken.getLocalPort() + " on 127.0.0.1 is in use; choose another"
                    + " port or 0 for any free port", vm.errorProperty().get());
            assertFalse(vm.isConnected());
            vm.demoPortProperty().set("70000");
            vm.startDemo();
            assertEquals("Demo port: \"70000\" is not a port from 0 (any free port) to 65535",
                    vm.errorProperty().get());
            assertFalse(vm.demoBusyProperty().get());
        }
    }
}
