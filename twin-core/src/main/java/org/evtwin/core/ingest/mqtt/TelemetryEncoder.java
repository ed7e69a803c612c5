package org.evtwin.core.ingest.mqtt;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.evtwin.core.ingest.mqtt.TelemetrySchema.CellQuantity;
import org.evtwin.core.telemetry.PackFrame;

/**
 * Writes a {@link PackFrame} as the default payload ({@link TelemetrySchema#ID}) with Jackson's streaming generator:
 * one message per frame, per-module cell arrays. A quantity with a non-finite value (not measured) is left out, which
 * the schema allows for the optional ones. One instance per thread.
 */
public final class TelemetryEncoder {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
    private final VehicleSpec vehicle;
    private final ByteArrayBuilder buffer = new ByteArrayBuilder(4096);

    public TelemetryEncoder(VehicleSpec vehicle) {
        this.vehicle = vehicle;
    }

    /**
     * @param seq     the message's sequence number (per vehicle, increasing)
     * @param epochMs the measurement time [ms since the epoch]
     */
    public byte[] encode(PackFrame frame, long seq, long epochMs) {
        if (frame.cellCount() != vehicle.cellCount()) {
            throw new IllegalArgumentException("frame has " + frame.cellCount() + " cells, vehicle " + vehicle.id()
                    + " has " + vehicle.cellCount());
        }
        buffer.reset();
        try (JsonGenerator g = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField(TelemetrySchema.SCHEMA, TelemetrySchema.ID);
            g.writeStringField(TelemetrySchema.VEHICLE, vehicle.id());
            g.writeNumberField(TelemetrySchema.SEQ, seq);
            g.writeNumberField(TelemetrySchema.TIME_MS, epochMs);
            g.writeObjectFieldStart(TelemetrySchema.PACK);
            g.writeNumberField(TelemetrySchema.PACK_CURRENT, frame.packCurrentA());
            g.writeNumberField(TelemetrySchema.PACK_VOLTAGE, frame.packVoltageV());
            if (Double.isFinite(frame.packSoc())) {
                g.writeNumberField(TelemetrySchema.PACK_SOC, frame.packSoc());
            }
            g.writeStringField(TelemetrySchema.PACK_LIMIT, frame.limit());
            g.writeEndObject();
            writeModules(g, frame);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private void writeModules(JsonGenerator g, PackFrame frame) throws IOException {
        double[][] all = {frame.cellVoltageV(), frame.cellCurrentA(), frame.cellTemperatureC(), frame.cellSoc(),
            frame.cellSoh()};
        boolean[] finite = new boolean[all.length];
        for (int q = 0; q < all.length; q++) {
            finite[q] = allFinite(all[q]);
        }
        g.writeArrayFieldStart(TelemetrySchema.MODULES);
        int offset = 0;
        for (int m = 0; m < vehicle.modules(); m++) {
            int n = vehicle.cellsInModule(m);
            g.writeStartObject();
            for (CellQuantity q : CellQuantity.values()) {
                if (finite[q.ordinal()]) {
                    g.writeFieldName(q.field());
                    g.writeArray(all[q.ordinal()], offset, n);
                }
            }
            g.writeEndObject();
            offset += n;
        }
        g.writeEndArray();
    }

    private static boolean allFinite(double[] a) {
        for (double x : a) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
