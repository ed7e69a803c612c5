package org.evtwin.core.ingest.mqtt;

/**
 * A message that failed validation: the reason and a detail naming the field (a JSON path such as
 * {@code $.modules[1].cellVoltageV[3]}) and the rule. Thrown by the parsers, caught by the ingest loop, which sends
 * the message to quarantine; it carries no stack trace because rejects are routine, not bugs.
 */
public final class RejectedMessageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final RejectReason reason;

    public RejectedMessageException(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }

    /** The detail alone (the field and the rule). */
    public String detail() {
        return getMessage();
    }

    /** {@code reason: detail}, as stored in quarantine. */
    public String describe() {
        return reason.code() + ": " + getMessage();
    }
}
