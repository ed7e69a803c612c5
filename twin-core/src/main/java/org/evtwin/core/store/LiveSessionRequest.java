package org.evtwin.core.store;

/**
 * Opens a live session (MQTT or any frame source).
 *
 * @param name          display name
 * @param source        topic or source description (stored as the session's source name)
 * @param vehicle       vehicle id ("" when unknown)
 * @param cellCount     cells per frame (0 = pack values only); frames with another count are rejected and counted
 * @param queueCapacity frames the bounded queue holds before {@code offer} returns false (counted as dropped)
 */
public record LiveSessionRequest(String name, String source, String vehicle, int cellCount, int queueCapacity) {
    public LiveSessionRequest {
        if (cellCount < 0) {
            throw new IllegalArgumentException("cellCount must be >= 0, found " + cellCount);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be >= 1, found " + queueCapacity);
        }
        vehicle = vehicle == null ? "" : vehicle;
    }
}
