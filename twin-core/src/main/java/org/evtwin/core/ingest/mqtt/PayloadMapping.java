package org.evtwin.core.ingest.mqtt;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Map;

/**
 * How to read another JSON shape: for each quantity a JSON pointer (RFC 6901) and its unit. Cell pointers name an
 * array of all cells in topology order, or an array of per-module arrays. The vehicle comes from the topic: the
 * pattern's {@code {vehicle}} level (e.g. {@code fleet/{vehicle}/bms}). Without a sequence pointer the timestamp is
 * the de-duplication key.
 *
 * @param topicPattern  topic with one {@code {vehicle}} level
 * @param seq           pointer to the sequence number, or null
 * @param time          pointer to the timestamp (epoch, in {@code timeUnit})
 * @param timeUnit      {@link MappedUnit#MS} or {@link MappedUnit#S}
 * @param packCurrent   pointer and unit of the pack current (positive = discharge)
 * @param packVoltage   pointer and unit of the pack voltage
 * @param packSoc       pointer and unit of the pack SoC, or null
 * @param cells         per cell quantity: pointer and unit (voltage and temperature required)
 */
public record PayloadMapping(String topicPattern, JsonPointer seq, JsonPointer time, MappedUnit timeUnit,
        Field packCurrent, Field packVoltage, Field packSoc, Map<TelemetrySchema.CellQuantity, Field> cells) {

    /** A pointer and the unit of the value(s) there. */
    public record Field(JsonPointer pointer, MappedUnit unit) {
        public static Field of(String pointer, String unit) {
            return new Field(JsonPointer.compile(pointer), MappedUnit.parse(unit));
        }
    }

    public PayloadMapping {
        if (!topicPattern.contains("{vehicle}")) {
            throw new IllegalArgumentException("topic pattern \"" + topicPattern + "\" needs a {vehicle} level");
        }
        if (timeUnit != MappedUnit.MS && timeUnit != MappedUnit.S) {
            throw new IllegalArgumentException("time unit must be ms or s, found " + timeUnit);
        }
        if (!cells.containsKey(TelemetrySchema.CellQuantity.VOLTAGE)
                || !cells.containsKey(TelemetrySchema.CellQuantity.TEMPERATURE)) {
            throw new IllegalArgumentException("a mapping needs the cell voltage and temperature pointers");
        }
        cells = Map.copyOf(cells);
    }

    /** The topic filter to subscribe to ({@code {vehicle}} becomes {@code +}). */
    public String topicFilter() {
        return topicPattern.replace("{vehicle}", "+");
    }

    /** The vehicle id a topic carries under this pattern, or null when the topic does not match. */
    String vehicleOf(String topic) {
        String[] p = topicPattern.split("/", -1);
        String[] t = topic.split("/", -1);
        if (p.length != t.length) {
            return null;
        }
        String id = null;
        for (int i = 0; i < p.length; i++) {
            if (p[i].equals("{vehicle}")) {
                id = t[i].isEmpty() ? null : t[i];
            } else if (!p[i].equals(t[i])) {
                return null;
            }
        }
        return id;
    }
}
