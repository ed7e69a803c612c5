package org.evtwin.core.ingest.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnacknowledgedTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void onlyQos1IsKeptAndAnAcknowledgementRemovesIt() {
        Unacknowledged u = new Unacknowledged();
        Unacknowledged.Message a = u.add("t/a", bytes("a"), 1);
        Unacknowledged.Message zero = u.add("t/z", bytes("z"), 0);
        Unacknowledged.Message b = u.add("t/b", bytes("b"), 1);
        assertEquals(2, u.size(), "QoS 0 needs no acknowledgement");
        assertEquals(List.of(0L, 1L, 2L), List.of(a.key(), zero.key(), b.key()));
        u.remove(a.key());
        u.remove("not a key");
        assertEquals(1, u.size());
    }

    @Test
    void rekeyingKeepsTheOrderAndMakesLateAcknowledgementsHarmless() {
        Unacknowledged u = new Unacknowledged();
        Unacknowledged.Message first = u.add("t/1", bytes("1"), 1);
        Unacknowledged.Message second = u.add("t/2", bytes("2"), 1);
        Unacknowledged.Message third = u.add("t/3", bytes("3"), 1);
        u.remove(second.key());   // acknowledged before the connection dropped
        List<Unacknowledged.Message> again = u.rekeyAll();
        assertEquals(List.of("t/1", "t/3"), again.stream().map(Unacknowledged.Message::topic).toList());
        assertEquals(List.of(3L, 4L), again.stream().map(Unacknowledged.Message::key).toList());
        u.remove(first.key());   // the old connection's acknowledgement, arriving late: changes nothing
        assertEquals(2, u.size());
        u.remove(again.get(0).key());
        assertEquals(List.of("t/3"), u.rekeyAll().stream().map(Unacknowledged.Message::topic).toList());
        assertEquals("3", new String(third.payload(), StandardCharsets.UTF_8));
    }
}
