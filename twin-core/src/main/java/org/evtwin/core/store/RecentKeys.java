package org.evtwin.core.store;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells a new frame time from a redelivered one. A time among the last {@code capacity} accepted times is a DUPLICATE
 * (QoS 1 redelivers recent messages); one at or below the time already released to the session's blocks is
 * OUT_OF_ORDER (not stored: blocks are in time order); anything else is NEW, whatever its order among the frames not
 * yet released (the session reorders those, see {@link LiveSession}).
 */
final class RecentKeys {
    enum Kind { NEW, DUPLICATE, OUT_OF_ORDER }

    private final double[] ring;
    private final Set<Double> recent;
    private int next;
    private int size;

    RecentKeys(int capacity) {
        ring = new double[capacity];
        recent = new HashSet<>(capacity * 2);
    }

    /** @param releasedS newest time already written to the blocks [s] */
    Kind classify(double timeS, double releasedS) {
        if (recent.contains(timeS)) {
            return Kind.DUPLICATE;
        }
        if (timeS <= releasedS) {
            return Kind.OUT_OF_ORDER;
        }
        if (size == ring.length) {
            recent.remove(ring[next]);
        } else {
            size++;
        }
        ring[next] = timeS;
        next = (next + 1) % ring.length;
        recent.add(timeS);
        return Kind.NEW;
    }
}
