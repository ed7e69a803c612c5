package org.evtwin.core.ingest.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Our own record of the QoS 1 messages handed to Paho and not yet acknowledged by the broker, under keys of our own
 * (Paho reports an acknowledgement with the key as the token's user context). It is what a publisher re-publishes
 * after a reconnect, and its size is the in-flight count (Paho's own count was seen to stay above zero after every
 * acknowledgement had arrived). Thread-safe.
 */
final class Unacknowledged {
    /** A message under its key. */
    record Message(long key, String topic, byte[] payload, int qos) {
    }

    private final Map<Long, Message> byKey = new ConcurrentHashMap<>();
    private final AtomicLong nextKey = new AtomicLong();

    /** A message under a new key, recorded when it needs an acknowledgement (QoS &gt; 0). */
    Message add(String topic, byte[] payload, int qos) {
        Message m = new Message(nextKey.getAndIncrement(), topic, payload, qos);
        if (qos > 0) {
            byKey.put(m.key(), m);
        }
        return m;
    }

    /** The broker acknowledged (or the message was never sent); unknown keys are ignored. */
    void remove(Object key) {
        if (key instanceof Long k) {
            byKey.remove(k);
        }
    }

    int size() {
        return byKey.size();
    }

    /**
     * Every message unacknowledged now, oldest first, moved to a new key each: an acknowledgement still on its way
     * for the old key (from the connection that dropped) then changes nothing.
     */
    List<Message> rekeyAll() {
        long end = nextKey.get();
        List<Long> keys = new ArrayList<>(byKey.keySet());
        keys.removeIf(k -> k >= end);
        keys.sort(null);
        List<Message> moved = new ArrayList<>(keys.size());
        for (Long old : keys) {
            Message o = byKey.remove(old);
            if (o != null) {   // null: its acknowledgement arrived meanwhile
                Message m = new Message(nextKey.getAndIncrement(), o.topic(), o.payload(), o.qos());
                byKey.put(m.key(), m);
                moved.add(m);
            }
        }
        return moved;
    }
}
