package org.evtwin.core.store;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells a new frame time from a redelivered one. Times must increase: a time above the newest is NEW; one at or
 * below it is a DUPLICATE when it is among the last {@code capacity} stored times (QoS 1 redelivers recent messages),
 * else OUT_OF_ORDER (not stored: the session's blocks are in time order).
 */
final class RecentKeys {
    enum Kind { NEW, DUPLICATE, OUT_OF_ORDER }

    private final double[] ring;
    private final Set<Double> recent;
    private int next;
    private int size;
    private double newest = Double.NEGATIVE_INFINITY;

    RecentKeys(int capacity) {
        ring = new double[capacity];
        recent = new HashSet<>(capacity * 2);
    }

    Kind classify(double timeS) {
        if (timeS > newest) {
            if (size == ring.length) {
                recent.remove(ring[next]);
            } else {
                size++;
            }
            ring[next] = timeS;
            next = (next + 1) % ring.length;
            recent.add(timeS);
            newest = timeS;
            return Kind.NEW;
        }
        return recent.contains(timeS) ? Kind.DUPLICATE : Kind.OUT_OF_ORDER;
    }
}
