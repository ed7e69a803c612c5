package org.evtwin.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.evtwin.core.ingest.mqtt.ConnectionState;
import org.evtwin.core.ingest.mqtt.LiveStatus;
import org.junit.jupiter.api.Test;

/** The live panel's status lines: bounded however many vehicles appear, and failures named. */
class StatusTextTest {

    private static LiveStatus status(long failed, String lastFailure) {
        return new LiveStatus(ConnectionState.CONNECTED, "tcp://127.0.0.1:1883", 10.0, 100, 95, 3, 1, 1, 0, "",
                failed, lastFailure, List.of(), 0, List.of("car-1"), "car-1");
    }

    @Test
    void failuresAreCountedWithTheirReasonAndAbsentWhenThereAreNone() {
        assertEquals("1 duplicate(s) skipped · 1 msg of unwatched vehicles", StatusText.extra(status(0, "")));
        assertEquals("1 duplicate(s) skipped · 1 msg of unwatched vehicles · 2,048 msg not recorded: database"
                + " full", StatusText.extra(status(2048, "database full")));
    }

    @Test
    void unlistedVehiclesAreNamedUpToALimitAndTheRestCounted() {
        assertEquals("", StatusText.unlisted(List.of(), 0));
        assertEquals("Seen on the topic but not listed (quarantined as unknown): a, b",
                StatusText.unlisted(List.of("a", "b"), 0));
        List<String> many = IntStream.range(0, 1000).mapToObj(i -> String.format("v%04d", i)).toList();
        String line = StatusText.unlisted(many, 0);
        assertEquals("Seen on the topic but not listed (quarantined as unknown): v0000, v0001, v0002, v0003, v0004,"
                + " v0005, v0006, v0007, v0008, v0009, v0010, v0011 and 988 more", line);
        assertEquals("Seen on the topic but not listed (quarantined as unknown): v0000, v0001, v0002, v0003, v0004,"
                + " v0005, v0006, v0007, v0008, v0009, v0010, v0011 and 988 more (and 5,000 msg from further ids,"
                + " not kept)", StatusText.unlisted(many, 5000));
        assertEquals("Seen on the topic but not listed (quarantined as unknown): a (and 3 msg from further ids, not"
                + " kept)", StatusText.unlisted(List.of("a"), 3));
    }
}
