package org.evtwin.core.ingest.mqtt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The {@code pack} object of the payload. */
record PackValues(double currentA, double voltageV, double soc, String limit) {

    static PackValues read(JsonParser p, JsonToken start) throws IOException, RejectedMessageException {
        if (start != JsonToken.START_OBJECT) {
            throw Fields.wrongType("$.pack", "an object", start);
        }
        double current = Double.NaN;
        double voltage = Double.NaN;
        double soc = Double.NaN;
        String limit = "NONE";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case TelemetrySchema.PACK_CURRENT -> current = Fields.number(p, t, "$.pack.currentA",
                        -TelemetrySchema.PACK_CURRENT_MAX_ABS, TelemetrySchema.PACK_CURRENT_MAX_ABS, "A");
                case TelemetrySchema.PACK_VOLTAGE -> voltage = Fields.number(p, t, "$.pack.voltageV",
                        TelemetrySchema.PACK_VOLTAGE_MIN, TelemetrySchema.PACK_VOLTAGE_MAX, "V");
                case TelemetrySchema.PACK_SOC -> soc = Fields.number(p, t, "$.pack.soc", 0, 1, "");
                case TelemetrySchema.PACK_LIMIT -> limit = Fields.string(p, t, "$.pack.limit");
                default -> p.skipChildren();
            }
        }
        if (Double.isNaN(current)) {
            throw Fields.missing("$.pack.currentA");
        }
        if (Double.isNaN(voltage)) {
            throw Fields.missing("$.pack.voltageV");
        }
        return new PackValues(current, voltage, soc, limit);
    }
}
