package org.evtwin.core.ingest.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evtwin.core.ingest.mqtt.broker.MosquittoProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconnect that hangs, made to happen every time: Mosquitto stops and, on its port, a listener accepts TCP
 * connections and never answers (what Paho 1.2.5's MQTT 5 client ran into now and then after a broker restart: the
 * connection opened, CONNECT never completed). The ingest must abandon that attempt, show it, and connect to
 * Mosquitto once it is back, with its persistent session: messages published while it was away arrive.
 */
class HungReconnectTest {
    @TempDir
    Path dir;

    @Test
    void aReconnectAttemptWithoutAnswerIsAbandonedShownAndRetried() throws Exception {
        assumeTrue(MosquittoProcess.binary().isPresent(), MosquittoProcess.MISSING);
        try (MosquittoProcess broker = MosquittoProcess.start(dir, List.of("allow_anonymous true"))) {
            var recorder = new LiveTestSupport.CollectingRecorder();
            MqttSettings settings = MqttSettings.of(broker.url("tcp"), "twin-hung").withProtocol(
                    MqttSettings.Protocol.MQTT_5).withMaxReconnectDelay(java.time.Duration.ofSeconds(2));
            try (MqttLiveSource live = new MqttLiveSource(settings, TelemetrySchema.TOPIC_FILTER,
                    List.of(BadPayloadCorpus.CAR), BadPayloadCorpus.RULES, recorder)) {
                live.connect();
                LiveTestSupport.await("connected", 20, () -> live.status().state() == ConnectionState.CONNECTED);
                broker.stop();
                List<Socket> held = new CopyOnWriteArrayList<>();
                try (ServerSocket silent = new ServerSocket()) {
                    silent.setReuseAddress(true);
                    silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), broker.port()));
                    Thread acceptor = new Thread(() -> {
                        try {
                            while (true) {
                                held.add(silent.accept());   // accepted, never read, never answered
                            }
                        } catch (IOException closed) {
                            // the test closed the listener
                        }
                    }, "silent-broker");
                    acceptor.setDaemon(true);
                    acceptor.start();
                    LiveTestSupport.await("an abandoned attempt", 60, () -> live.status().detail().contains(
                            "abandoned (MQTT connect to " + settings.brokerUrl()
                                    + " failed: no answer within the time limit)"));
                    assertEquals(ConnectionState.RECONNECTING, live.status().state());
                    assertFalse(held.isEmpty(), "the attempt opened a TCP connection");
                }
                for (Socket s : held) {
                    s.close();
                }
                broker.launch();
                // published as soon as the broker is back: if the ingest is not back yet, the broker queues them in its
                // persistent session
                Set<Long> sent = new TreeSet<>();
                try (MqttTransport out = MqttTransport.open(MqttSettings.of(broker.url("tcp"), "hung-publisher")
                        .withProtocol(MqttSettings.Protocol.MQTT_5), LiveTestSupport.NO_CALLBACKS)) {
                    out.connect(10_000);
                    TelemetryPublisher publisher = new TelemetryPublisher(out, BadPayloadCorpus.CAR, 1);
                    long t0 = System.currentTimeMillis();
                    for (int i = 0; i < 200; i++) {
                        sent.add(publisher.publish(MosquittoFaultTest.smallFrame(), t0 + i));
                    }
                    assertTrue(publisher.flush(20_000), "the broker acknowledged every message");
                }
                LiveTestSupport.await("reconnected", 60, () -> live.status().state() == ConnectionState.CONNECTED);
                LiveTestSupport.await("200 messages", 30, () -> recorder.messages.size() >= 200);
                Set<Long> stored = new TreeSet<>();
                recorder.messages.forEach(m -> stored.add(m.seq()));
                assertEquals(sent, stored);
                assertEquals(200, recorder.messages.size(), "nothing stored twice");
                assertTrue(live.status().detail().endsWith("(reconnected)"), live.status().detail());
            }
        }
    }
}
