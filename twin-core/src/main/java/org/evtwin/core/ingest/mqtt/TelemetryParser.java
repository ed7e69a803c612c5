package org.evtwin.core.ingest.mqtt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;

/**
 * Reads the default payload ({@link TelemetrySchema}) with Jackson's streaming parser, in any field order, and checks
 * it completely (types, required fields, physical ranges, the vehicle's module and cell counts, the clock) before
 * anything is built. Unknown fields are skipped (newer publishers of the same major version). One instance per
 * thread.
 */
public final class TelemetryParser implements PayloadParser {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    private final Map<String, VehicleSpec> vehicles;
    private final MessageRules rules;

    /** @param vehicles the known vehicles by id */
    public TelemetryParser(Map<String, VehicleSpec> vehicles, MessageRules rules) {
        this.vehicles = Map.copyOf(vehicles);
        this.rules = rules;
    }

    @Override
    public TelemetryMessage parse(String topic, byte[] payload, long receivedEpochMs) throws RejectedMessageException {
        rules.checkSize(payload.length);
        VehicleSpec vehicle = vehicleOf(topic, vehicles);
        try (JsonParser p = FACTORY.createParser(payload)) {
            return read(p, vehicle, receivedEpochMs);
        } catch (JsonParseException e) {
            var at = e.getLocation();
            throw new RejectedMessageException(RejectReason.NOT_JSON, "malformed JSON at line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RejectedMessageException(RejectReason.NOT_JSON, "unreadable payload: " + e.getMessage());
        }
    }

    /** The configured vehicle a topic names. */
    static VehicleSpec vehicleOf(String topic, Map<String, VehicleSpec> vehicles) throws RejectedMessageException {
        String id = TelemetrySchema.vehicleOfTopic(topic);
        if (id == null) {
            throw new RejectedMessageException(RejectReason.UNKNOWN_VEHICLE, "topic \"" + topic
                    + "\" does not have the form ev/<vehicleId>/battery/telemetry");
        }
        VehicleSpec v = vehicles.get(id);
        if (v == null) {
            throw new RejectedMessageException(RejectReason.UNKNOWN_VEHICLE, "vehicle \"" + id
                    + "\" is not configured");
        }
        return v;
    }

    private TelemetryMessage read(JsonParser p, VehicleSpec vehicle, long receivedEpochMs)
            throws IOException, RejectedMessageException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw Fields.wrongType("$", "an object", p.currentToken());
        }
        String schema = null;
        long seq = -1;
        long timeMs = Long.MIN_VALUE;
        PackValues pack = null;
        ModuleArrays modules = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case TelemetrySchema.SCHEMA -> schema = Fields.string(p, t, "$.schema");
                case TelemetrySchema.VEHICLE -> checkVehicle(Fields.string(p, t, "$.vehicleId"), vehicle);
                case TelemetrySchema.SEQ -> seq = Fields.nonNegativeLong(p, t, "$.seq");
                case TelemetrySchema.TIME_MS -> timeMs = Fields.nonNegativeLong(p, t, "$.timeMs");
                case TelemetrySchema.PACK -> pack = PackValues.read(p, t);
                case TelemetrySchema.MODULES -> modules = ModuleArrays.read(p, t, vehicle);
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw new RejectedMessageException(RejectReason.NOT_JSON, "content after the closing brace");
        }
        if (schema == null) {
            throw Fields.missing("$.schema");
        }
        if (!TelemetrySchema.ID.equals(schema)) {
            throw new RejectedMessageException(RejectReason.UNSUPPORTED_SCHEMA, "$.schema: \"" + schema
                    + "\" is not " + TelemetrySchema.ID);
        }
        if (seq < 0) {
            throw Fields.missing("$.seq");
        }
        if (timeMs == Long.MIN_VALUE) {
            throw Fields.missing("$.timeMs");
        }
        if (pack == null) {
            throw Fields.missing("$.pack");
        }
        if (modules == null) {
            throw Fields.missing("$.modules");
        }
        rules.checkTime(timeMs, receivedEpochMs);
        double[][] cells = modules.flatten(vehicle);
        return new TelemetryMessage(vehicle.id(), seq, timeMs, pack.currentA(), pack.voltageV(), pack.soc(),
                pack.limit(), cells[0], cells[1], cells[2], cells[3], cells[4]);
    }

    private static void checkVehicle(String id, VehicleSpec vehicle) throws RejectedMessageException {
        if (!id.equals(vehicle.id())) {
            throw new RejectedMessageException(RejectReason.UNKNOWN_VEHICLE, "$.vehicleId: \"" + id
                    + "\" does not match the topic's vehicle \"" + vehicle.id() + "\"");
        }
    }
}
