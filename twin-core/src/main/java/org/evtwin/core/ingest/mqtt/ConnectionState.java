package org.evtwin.core.ingest.mqtt;

/** Connection state of a live source, always shown to the user. */
public enum ConnectionState {
    /** Not connected and not trying. */
    DISCONNECTED,
    /** First connection attempt(s) in progress. */
    CONNECTING,
    /** Connected and subscribed. */
    CONNECTED,
    /**
     * The connection dropped; reconnecting with back-off. Attempts that fail or hang (no CONNACK or SUBACK in time)
     * are abandoned and retried; the detail names the last one and why.
     */
    RECONNECTING,
    /** Gave up: the broker refused the credentials or the settings cannot work (see the detail). */
    FAILED
}
