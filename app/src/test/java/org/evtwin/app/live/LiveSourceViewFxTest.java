package org.evtwin.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.evtwin.core.engine.TwinEngine;
import org.evtwin.core.ingest.mqtt.MqttTransport;
import org.evtwin.core.ingest.mqtt.TelemetryPublisher;
import org.evtwin.core.ingest.mqtt.VehicleSpec;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.store.DatabaseLocation;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.sim.SimulationSettings;
import org.evtwin.core.sim.experiment.Experiment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panel in a window under Xvfb with the real simulator: "Start local demo" is clicked, the chip turns
 * "Connected" and the rate shows messages arriving. Saves the panel as PNG ({@code live.screenshot} or the temp
 * folder) for people to look at.
 */
@ExtendWith(ApplicationExtension.class)
class LiveSourceViewFxTest {
    private TwinEngine engine;
    private LiveSourceViewModel vm;
    private LiveSourceView view;
    private AnimationTimer pulse;
    private DataSetStore store;
    private static Path home;

    @BeforeAll
    static void needsDisplay() throws IOException {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the tests under xvfb-run");
        home = Files.createTempDirectory("evtwin-live-fx");
    }

    @Start
    void start(Stage stage) {
        engine = new TwinEngine(() -> new PackModel(LiveTestKit.LEAF, 25.0, 0.9),
                Experiment.parse("Discharge at 1C until 3.0 V"), SimulationSettings.defaults().withOutputInterval(0.5),
                10, e -> fail("the simulation stopped: " + e));
        store = DataSetStore.open(DatabaseLocation.embeddedFile(home.resolve("twin")));
        vm = new LiveSourceViewModel(LiveTestKit.services(engine, store));
        view = new LiveSourceView(vm);
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 420, 980);
        scene.getStylesheets().add(getClass().getResource("/org/evtwin/app/workstation.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.update();
            }
        };
        pulse.start();
        engine.start();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            pulse.stop();
            vm.close();   // on the FX thread, as Application.stop() would
        }).get(30, TimeUnit.SECONDS);
        engine.close();
        store.close();
    }

    @Test
    void localDemoConnectsAndMessagesArrive(FxRobot robot) throws Exception {
        Label chip = robot.lookup("#live-chip").queryAs(Label.class);
        assertEquals("Disconnected", chip.getText());
        assertTrue(chip.getStyleClass().contains("live-chip-disconnected"));
        robot.clickOn("#live-start-demo");
        waitFor(() -> "Connected".equals(chip.getText()), "the chip to show Connected");
        assertTrue(chip.getStyleClass().contains("live-chip-connected"), chip.getStyleClass().toString());
        assertFalse(chip.getStyleClass().contains("live-chip-disconnected"));
        Label rate = robot.lookup("#live-rate").queryAs(Label.class);
        waitFor(() -> rateOf(rate.getText()) > 0, "a message rate above 0 msg/s");
        assertTrue(robot.lookup("#live-start-demo").queryAs(Button.class).isDisabled(), "no second start");
        assertFalse(robot.lookup("#live-disconnect").queryAs(Button.class).isDisabled());
        Label latency = robot.lookup("#live-latency").queryAs(Label.class);
        int frames = Integer.getInteger("live.latencyFrames", 5);   // more for a measurement run, e.g. 600
        waitFor(() -> latency.getText().matches("p50 .* · n (\\d+)") && Integer.parseInt(latency.getText()
                .replaceAll(".* · n ", "")) >= frames, frames + " latency samples");
        System.out.println("live panel latency (receipt -> screen pulse): " + latency.getText());
        String url = vm.status().brokerProperty().get().replace(" (local demo)", "");
        byte[] bad = "{\"schema\": \"evtwin.battery-telemetry/1\", \"vehicleId\": \"twin-demo\"}"
                .getBytes(StandardCharsets.UTF_8);
        try (MqttTransport t = LiveTestKit.publisherClient(url, "fx-test-bad-publisher")) {
            new TelemetryPublisher(t, VehicleSpec.of(LiveServices.DEMO_VEHICLE, LiveTestKit.LEAF), 1).publishRaw(bad);
        }
        Label quarantined = robot.lookup("#live-quarantined").queryAs(Label.class);
        waitFor(() -> "1 msg".equals(quarantined.getText()), "1 quarantined message");
        // a vehicle nobody listed: quarantined as unknown and named on the panel
        try (MqttTransport t = LiveTestKit.publisherClient(url, "fx-test-unlisted-publisher")) {
            new TelemetryPublisher(t, VehicleSpec.of("bus-9", LiveTestKit.LEAF), 1).publish(
                    LiveTestKit.leafFrames(1, 1.0).get(0), System.currentTimeMillis());
        }
        waitFor(() -> "2 msg".equals(quarantined.getText()), "2 quarantined messages");
        Label unlisted = robot.lookup("#live-unlisted").queryAs(Label.class);
        waitFor(() -> unlisted.getText().equals("Seen on the topic but not listed (quarantined as unknown): bus-9"),
                "the unlisted vehicle named");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(".titled-pane").queryAllAs(TitledPane.class)
                .forEach(p -> {
                    p.setAnimated(false);   // the picture must not catch a pane half open
                    p.setExpanded(true);
                })).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // the picture shows every section: the window grows to the panel's full height first
        WaitForAsyncUtils.asyncFx(() -> {
            Stage window = (Stage) view.root().getScene().getWindow();
            window.setHeight(Math.max(window.getHeight(), ((javafx.scene.layout.Region) view.root())
                    .prefHeight(window.getWidth()) + 40));
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        save(view.root(), "live.screenshot", "live-panel.png");
        Button show = robot.lookup("#live-quarantine-show").queryAs(Button.class);
        WaitForAsyncUtils.asyncFx(show::fire).get(10, TimeUnit.SECONDS);   // below the window's fold once expanded
        waitFor(() -> robot.lookup("#live-quarantine-table").tryQuery().isPresent(), "the quarantine viewer");
        TableView<?> table = robot.lookup("#live-quarantine-table").queryAs(TableView.class);
        waitFor(() -> {
            if (table.getItems().size() < 2) {
                vm.quarantine().refresh();   // the store writes on its own thread: read again until the rows are there
                return false;
            }
            return true;
        }, "the rejected messages in the viewer");
        java.util.Map<String, String> reasons = new java.util.HashMap<>();
        for (Object o : table.getItems()) {
            QuarantineViewModel.Row row = (QuarantineViewModel.Row) o;
            reasons.put(row.vehicle(), row.reason());
        }
        assertEquals(java.util.Set.of(LiveServices.DEMO_VEHICLE, "bus-9"), reasons.keySet());
        assertEquals(vm.status().last().lastReject(), reasons.get("bus-9"), "the last reject is the unlisted one");
        assertTrue(reasons.get("bus-9").startsWith("unknown-vehicle"), reasons.toString());
        assertTrue(reasons.get(LiveServices.DEMO_VEHICLE).startsWith("missing-field"), reasons.toString());
        save(table.getScene().getRoot(), "live.quarantine.screenshot", "live-quarantine.png");
        WaitForAsyncUtils.asyncFx(() -> table.getScene().getWindow().hide()).get(10, TimeUnit.SECONDS);

        robot.clickOn("#live-stop-demo");
        waitFor(() -> "Disconnected".equals(chip.getText()), "the chip to show Disconnected");
        waitFor(() -> !robot.lookup("#live-start-demo").queryAs(Button.class).isDisabled(), "the demo stopped");
    }

    private static double rateOf(String text) {
        assertTrue(text.endsWith(" msg/s"), text);
        return Double.parseDouble(text.substring(0, text.length() - " msg/s".length()));
    }

    private static void waitFor(Callable<Boolean> condition, String what) throws Exception {
        // a bound, not a speed test: 60 s, plus 0.2 s per latency sample a measurement run asks for
        long end = System.nanoTime() + 60_000_000_000L + Integer.getInteger("live.latencyFrames", 5) * 200_000_000L;
        while (!WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS)) {
            if (System.nanoTime() > end) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static void save(Node node, String property, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Path file = Path.of(System.getProperty(property, Path.of(System.getProperty("java.io.tmpdir"), name)
                .toString()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            fail("cannot save " + file + ": " + e.getMessage());
        }
    }
}
