package org.evtwin.core.ingest.mqtt;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.evtwin.core.ingest.mqtt.TelemetrySchema.CellQuantity;

/**
 * Reads a payload of another shape through a {@link PayloadMapping}: JSON pointers need random access, so the payload
 * is read as a tree (the default schema is streamed by {@link TelemetryParser}). Values are converted to the core's
 * units first and then held to the same physical ranges; reject details name the JSON pointer.
 */
public final class MappedPayloadParser implements PayloadParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PayloadMapping mapping;
    private final Map<String, VehicleSpec> vehicles;
    private final MessageRules rules;

    public MappedPayloadParser(PayloadMapping mapping, Map<String, VehicleSpec> vehicles, MessageRules rules) {
        this.mapping = mapping;
        this.vehicles = Map.copyOf(vehicles);
        this.rules = rules;
    }

    @Override
    public TelemetryMessage parse(String topic, byte[] payload, long receivedEpochMs) throws RejectedMessageException {
        rules.checkSize(payload.length);
        String id = mapping.vehicleOf(topic);
        if (id == null) {
            throw new RejectedMessageException(RejectReason.UNKNOWN_VEHICLE, "topic \"" + topic + "\" does not match "
                    + mapping.topicPattern());
        }
        VehicleSpec vehicle = vehicles.get(id);
        if (vehicle == null) {
            throw new RejectedMessageException(RejectReason.UNKNOWN_VEHICLE, "vehicle \"" + id + "\" is not configured");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (JsonParseException e) {
            throw new RejectedMessageException(RejectReason.NOT_JSON, "malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RejectedMessageException(RejectReason.NOT_JSON, "unreadable payload: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new RejectedMessageException(RejectReason.NOT_JSON, "empty payload");
        }
        long timeMs = (long) Math.rint(MappedUnit.MS.toCore(mapping.timeUnit().toCore(number(root, mapping.time()))));
        long seq = mapping.seq() == null ? timeMs : integer(root, mapping.seq());
        rules.checkTime(timeMs, receivedEpochMs);
        double current = field(root, mapping.packCurrent(), -TelemetrySchema.PACK_CURRENT_MAX_ABS,
                TelemetrySchema.PACK_CURRENT_MAX_ABS);
        double voltage = field(root, mapping.packVoltage(), TelemetrySchema.PACK_VOLTAGE_MIN,
                TelemetrySchema.PACK_VOLTAGE_MAX);
        double soc = mapping.packSoc() == null ? Double.NaN : field(root, mapping.packSoc(), 0, 1);
        double[][] cells = new double[CellQuantity.values().length][];
        for (CellQuantity q : CellQuantity.values()) {
            PayloadMapping.Field f = mapping.cells().get(q);
            cells[q.ordinal()] = f == null ? nan(vehicle.cellCount()) : cells(root, f, q, vehicle);
        }
        return new TelemetryMessage(vehicle.id(), seq, timeMs, current, voltage, soc, "NONE", cells[0], cells[1],
                cells[2], cells[3], cells[4]);
    }

    private static JsonNode at(JsonNode root, JsonPointer p) throws RejectedMessageException {
        JsonNode n = root.at(p);
        if (n.isMissingNode()) {
            throw Fields.missing(p.toString());
        }
        return n;
    }

    private static double number(JsonNode root, JsonPointer p) throws RejectedMessageException {
        JsonNode n = at(root, p);
        if (!n.isNumber()) {
            throw wrongType(p.toString(), "a number", n);
        }
        return n.doubleValue();
    }

    private static long integer(JsonNode root, JsonPointer p) throws RejectedMessageException {
        JsonNode n = at(root, p);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw wrongType(p.toString(), "an integer", n);
        }
        if (n.longValue() < 0) {
            throw new RejectedMessageException(RejectReason.OUT_OF_RANGE, p + ": " + n.longValue() + " is negative");
        }
        return n.longValue();
    }

    private static double field(JsonNode root, PayloadMapping.Field f, double min, double max)
            throws RejectedMessageException {
        double v = f.unit().toCore(number(root, f.pointer()));
        return Fields.inRange(v, f.pointer().toString(), min, max, f.unit().coreUnit());
    }

    private static double[] cells(JsonNode root, PayloadMapping.Field f, CellQuantity q, VehicleSpec vehicle)
            throws RejectedMessageException {
        String path = f.pointer().toString();
        JsonNode n = at(root, f.pointer());
        if (!n.isArray()) {
            throw wrongType(path, "an array", n);
        }
        double[] out = new double[vehicle.cellCount()];
        boolean perModule = !n.isEmpty() && n.get(0).isArray();
        int expected = perModule ? vehicle.modules() : vehicle.cellCount();
        if (n.size() != expected) {
            throw new RejectedMessageException(RejectReason.WRONG_SHAPE, path + ": " + n.size() + (perModule
                    ? " modules, vehicle " + vehicle.id() + " has " + expected : " values, vehicle " + vehicle.id()
                    + " has " + expected + " cells"));
        }
        int k = 0;
        for (int m = 0; m < (perModule ? expected : 1); m++) {
            JsonNode arr = perModule ? n.get(m) : n;
            String arrPath = perModule ? path + "/" + m : path;
            if (perModule && (!arr.isArray() || arr.size() != vehicle.cellsInModule(m))) {
                throw new RejectedMessageException(RejectReason.WRONG_SHAPE, arrPath + ": expected an array of "
                        + vehicle.cellsInModule(m) + " values");
            }
            for (int i = 0; i < arr.size(); i++) {
                JsonNode v = arr.get(i);
                if (!v.isNumber()) {
                    throw wrongType(arrPath + "/" + i, "a number", v);
                }
                out[k++] = Fields.inRange(f.unit().toCore(v.doubleValue()), arrPath + "/" + i, q.min, q.max,
                        q.unit);
            }
        }
        return out;
    }

    private static RejectedMessageException wrongType(String path, String expected, JsonNode found) {
        return new RejectedMessageException(RejectReason.WRONG_TYPE, path + ": expected " + expected + ", found "
                + switch (found.getNodeType()) {
                    case ARRAY -> "an array";
                    case OBJECT -> "an object";
                    case STRING -> "a string";
                    case BOOLEAN -> "a boolean";
                    case NULL -> "null";
                    case NUMBER -> found.isIntegralNumber() ? "an integer" : "a decimal number";
                    default -> found.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
                });
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
