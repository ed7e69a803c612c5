package org.evtwin.core.ingest.mqtt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import org.evtwin.core.ingest.mqtt.TelemetrySchema.CellQuantity;

/**
 * The {@code modules} array: per module, one array per {@link CellQuantity}. Values are written straight into
 * pack-wide arrays at the module's offset (topology order), so a message costs five arrays and no boxing.
 */
final class ModuleArrays {
    private static final CellQuantity[] QUANTITIES = CellQuantity.values();
    private final double[][] cells;
    private final boolean[] present;

    private ModuleArrays(int cellCount) {
        cells = new double[QUANTITIES.length][cellCount];
        present = new boolean[QUANTITIES.length];
    }

    static ModuleArrays read(JsonParser p, JsonToken start, VehicleSpec vehicle)
            throws IOException, RejectedMessageException {
        if (start != JsonToken.START_ARRAY) {
            throw Fields.wrongType("$.modules", "an array", start);
        }
        ModuleArrays m = new ModuleArrays(vehicle.cellCount());
        int module = 0;
        int offset = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String path = "$.modules[" + module + "]";
            if (module >= vehicle.modules()) {
                throw new RejectedMessageException(RejectReason.WRONG_SHAPE, "$.modules: more than the "
                        + vehicle.modules() + " modules of vehicle " + vehicle.id());
            }
            if (t != JsonToken.START_OBJECT) {
                throw Fields.wrongType(path, "an object", t);
            }
            m.readModule(p, path, offset, vehicle.cellsInModule(module), module == 0);
            offset += vehicle.cellsInModule(module);
            module++;
        }
        if (module != vehicle.modules()) {
            throw new RejectedMessageException(RejectReason.WRONG_SHAPE, "$.modules: " + module + " modules, vehicle "
                    + vehicle.id() + " has " + vehicle.modules());
        }
        return m;
    }

    private void readModule(JsonParser p, String path, int offset, int count, boolean first)
            throws IOException, RejectedMessageException {
        boolean[] seen = new boolean[QUANTITIES.length];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            CellQuantity q = quantity(name);
            if (q == null) {
                p.skipChildren();
                continue;
            }
            readArray(p, t, path + "." + name, q, offset, count);
            seen[q.ordinal()] = true;
        }
        for (CellQuantity q : QUANTITIES) {
            boolean s = seen[q.ordinal()];
            if (q.required && !s) {
                throw Fields.missing(path + "." + q.field);
            }
            if (first) {
                present[q.ordinal()] = s;
            } else if (s != present[q.ordinal()]) {
                throw new RejectedMessageException(RejectReason.WRONG_SHAPE, path + "." + q.field + (s
                        ? " is present but absent from $.modules[0]" : " is absent but present in $.modules[0]"));
            }
        }
    }

    private void readArray(JsonParser p, JsonToken t, String path, CellQuantity q, int offset, int count)
            throws IOException, RejectedMessageException {
        if (t != JsonToken.START_ARRAY) {
            throw Fields.wrongType(path, "an array", t);
        }
        double[] target = cells[q.ordinal()];
        int i = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (i >= count) {
                throw new RejectedMessageException(RejectReason.WRONG_SHAPE, path + ": more than the module's "
                        + count + " cells");
            }
            target[offset + i] = Fields.element(p, t, path, i, q.min, q.max, q.unit);
            i++;
        }
        if (i != count) {
            throw new RejectedMessageException(RejectReason.WRONG_SHAPE, path + ": " + i + " values, the module has "
                    + count + " cells");
        }
    }

    /** Pack-wide arrays in {@link CellQuantity} order; quantities the message did not carry are NaN. */
    double[][] flatten(VehicleSpec vehicle) {
        for (CellQuantity q : QUANTITIES) {
            if (!present[q.ordinal()]) {
                Arrays.fill(cells[q.ordinal()], Double.NaN);
            }
        }
        return cells;
    }

    private static CellQuantity quantity(String field) {
        for (CellQuantity q : QUANTITIES) {
            if (q.field.equals(field)) {
                return q;
            }
        }
        return null;
    }
}
