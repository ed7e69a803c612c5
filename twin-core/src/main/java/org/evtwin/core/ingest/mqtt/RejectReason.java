package org.evtwin.core.ingest.mqtt;

/** Why a message went to quarantine; {@link #code()} is what the quarantine table and the UI show. */
public enum RejectReason {
    /** Larger than the configured maximum payload. */
    OVERSIZED("oversized"),
    /** Not well-formed JSON (or not UTF-8). */
    NOT_JSON("not-json"),
    /** A field has the wrong JSON type (a string where a number belongs, an object where an array belongs). */
    WRONG_TYPE("wrong-type"),
    /** A required field is absent. */
    MISSING_FIELD("missing-field"),
    /** The schema identifier is not one this version reads. */
    UNSUPPORTED_SCHEMA("unsupported-schema"),
    /** A value outside the physical range fixed by the schema, or a non-finite number. */
    OUT_OF_RANGE("out-of-range"),
    /** Module or cell counts that do not match the vehicle's pack. */
    WRONG_SHAPE("wrong-shape"),
    /** A vehicle id that is not configured (or a topic that does not name one). */
    UNKNOWN_VEHICLE("unknown-vehicle"),
    /** A timestamp further ahead of the receiving clock than the allowed skew. */
    TIME_IN_FUTURE("time-in-future"),
    /** A timestamp older than the allowed age. */
    TIME_TOO_OLD("time-too-old");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
