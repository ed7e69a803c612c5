package org.evtwin.core.ingest.mqtt;

/**
 * The default payload, version 1 ({@code assets/schemas/mqtt-telemetry.schema.json}, documented in
 * {@code assets/schemas/mqtt-telemetry.md}): field names and the physical ranges a value must lie in. Units are fixed
 * by the names: V, A (positive = discharge), degC, fractions 0–1, milliseconds since the Unix epoch (UTC).
 */
public final class TelemetrySchema {
    /** Value of the {@code schema} field; a later incompatible version gets a new number. */
    public static final String ID = "evtwin.battery-telemetry/1";
    /** Default topic; {@code +} is the vehicle id. */
    public static final String TOPIC_FILTER = "ev/+/battery/telemetry";

    static final String SCHEMA = "schema";
    static final String VEHICLE = "vehicleId";
    static final String SEQ = "seq";
    static final String TIME_MS = "timeMs";
    static final String PACK = "pack";
    static final String PACK_CURRENT = "currentA";
    static final String PACK_VOLTAGE = "voltageV";
    static final String PACK_SOC = "soc";
    static final String PACK_LIMIT = "limit";
    static final String MODULES = "modules";

    /** Per-cell arrays of a module, in the order of {@link CellQuantity}. */
    public enum CellQuantity {
        VOLTAGE("cellVoltageV", 0.0, 5.0, "V", true),
        CURRENT("cellCurrentA", -5000.0, 5000.0, "A", false),
        TEMPERATURE("cellTemperatureC", -50.0, 150.0, "degC", true),
        SOC("cellSoc", 0.0, 1.0, "", false),
        SOH("cellSoh", 0.0, 1.5, "", false);

        final String field;
        final double min;
        final double max;
        final String unit;
        final boolean required;

        CellQuantity(String field, double min, double max, String unit, boolean required) {
            this.field = field;
            this.min = min;
            this.max = max;
            this.unit = unit;
            this.required = required;
        }

        public String field() {
            return field;
        }
    }

    // Pack ranges: 1,500 V DC is the upper end of low voltage (IEC 60038); ±5 kA bounds any road EV's pack current.
    static final double PACK_VOLTAGE_MIN = 0.0;
    static final double PACK_VOLTAGE_MAX = 1500.0;
    static final double PACK_CURRENT_MAX_ABS = 5000.0;

    private TelemetrySchema() {
    }

    /** The vehicle id of a topic {@code ev/<id>/battery/telemetry}, or null when the topic has another shape. */
    public static String vehicleOfTopic(String topic) {
        String suffix = "/battery/telemetry";
        if (topic.length() <= 3 + suffix.length() || !topic.startsWith("ev/") || !topic.endsWith(suffix)) {
            return null;
        }
        String id = topic.substring(3, topic.length() - suffix.length());
        return id.isEmpty() || id.indexOf('/') >= 0 ? null : id;
    }

    /** The topic a vehicle publishes on. */
    public static String topicOf(String vehicleId) {
        return "ev/" + vehicleId + "/battery/telemetry";
    }

    static String range(double min, double max, String unit) {
        String u = unit.isEmpty() ? "" : " " + unit;
        return fmt(min) + u + " to " + fmt(max) + u;
    }

    static String fmt(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
