package org.evtwin.core.ingest.mqtt;

import org.evtwin.core.TwinException;

/** A failed connection attempt; {@link #retryable()} is false when trying again cannot help (credentials, version). */
public final class MqttConnectException extends TwinException {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    MqttConnectException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
