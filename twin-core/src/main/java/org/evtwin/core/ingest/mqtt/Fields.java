package org.evtwin.core.ingest.mqtt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Typed reads of single JSON values with the reject messages the quarantine shows. */
final class Fields {
    private Fields() {
    }

    static String string(JsonParser p, JsonToken t, String path) throws IOException, RejectedMessageException {
        if (t != JsonToken.VALUE_STRING) {
            throw wrongType(path, "a string", t);
        }
        return p.getText();
    }

    static long nonNegativeLong(JsonParser p, JsonToken t, String path) throws IOException, RejectedMessageException {
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw wrongType(path, "an integer", t);
        }
        long v = p.getLongValue();
        if (v < 0) {
            throw new RejectedMessageException(RejectReason.OUT_OF_RANGE, path + ": " + v + " is negative");
        }
        return v;
    }

    /** A number within [min, max]. */
    static double number(JsonParser p, JsonToken t, String path, double min, double max, String unit)
            throws IOException, RejectedMessageException {
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(path, "a number", t);
        }
        return inRange(p.getDoubleValue(), path, min, max, unit);
    }

    /** A number within [min, max] at {@code arrayPath[index]} (the path is built only for a reject). */
    static double element(JsonParser p, JsonToken t, String arrayPath, int index, double min, double max, String unit)
            throws IOException, RejectedMessageException {
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(arrayPath + "[" + index + "]", "a number", t);
        }
        double v = p.getDoubleValue();
        return v >= min && v <= max ? v : inRange(v, arrayPath + "[" + index + "]", min, max, unit);
    }

    static double inRange(double v, String path, double min, double max, String unit) throws RejectedMessageException {
        if (!(v >= min && v <= max)) {
            throw new RejectedMessageException(RejectReason.OUT_OF_RANGE, path + ": " + TelemetrySchema.fmt(v)
                    + (unit.isEmpty() ? "" : " " + unit) + " is outside " + TelemetrySchema.range(min, max, unit));
        }
        return v;
    }

    static RejectedMessageException wrongType(String path, String expected, JsonToken found) {
        return new RejectedMessageException(RejectReason.WRONG_TYPE, path + ": expected " + expected + ", found "
                + describe(found));
    }

    static RejectedMessageException missing(String path) {
        return new RejectedMessageException(RejectReason.MISSING_FIELD, path + " is required");
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }
}
