package org.evtwin.core.ingest.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rejected payloads, one per rule, with the exact quarantine reason each must produce. The vehicle is {@code car-7}
 * with two modules of two cells; the receiving clock is {@link #NOW}.
 */
public final class BadPayloadCorpus {
    static final long NOW = 1_763_800_000_000L;
    static final VehicleSpec CAR = new VehicleSpec("car-7", new int[] {2, 2});
    static final String TOPIC = "ev/car-7/battery/telemetry";
    static final MessageRules RULES = new MessageRules(2048, java.time.Duration.ofMinutes(5),
            java.time.Duration.ofDays(7));

    /** One case: a payload on a topic and the reason it must be quarantined with. */
    public record Case(String name, String topic, byte[] payload, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String VALID = """
            {"schema":"evtwin.battery-telemetry/1","vehicleId":"car-7","seq":5,"timeMs":1763799999000,
             "pack":{"currentA":10.5,"voltageV":7.4,"soc":0.5},
             "modules":[{"cellVoltageV":[3.7,3.71],"cellTemperatureC":[25,25.5]},
                        {"cellVoltageV":[3.69,3.7],"cellTemperatureC":[26,26.5]}]}""";

    private BadPayloadCorpus() {
    }

    static List<Case> cases() {
        return List.of(
            c("not JSON", "hello", "not-json: malformed JSON at line 1, column 6: Unrecognized token 'hello': was"
                + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
            c("truncated JSON", VALID.substring(0, 60), "not-json: malformed JSON at line 1, column 61: Unexpected"
                + " end-of-input: was expecting closing '\"' for name"),
            c("not an object", "[1,2]", "wrong-type: $: expected an object, found an array"),
            c("seq as a string", VALID.replace("\"seq\":5", "\"seq\":\"5\""),
                "wrong-type: $.seq: expected an integer, found a string"),
            c("time as a decimal", VALID.replace("1763799999000", "1763799999000.5"),
                "wrong-type: $.timeMs: expected an integer, found a decimal number"),
            c("pack as an array", VALID.replace("\"pack\":{\"currentA\":10.5,\"voltageV\":7.4,\"soc\":0.5}",
                "\"pack\":[10.5,7.4]"), "wrong-type: $.pack: expected an object, found an array"),
            c("cell value as a string", VALID.replace("[3.7,3.71]", "[3.7,\"3.71\"]"),
                "wrong-type: $.modules[0].cellVoltageV[1]: expected a number, found a string"),
            c("cell value null", VALID.replace("[26,26.5]", "[26,null]"),
                "wrong-type: $.modules[1].cellTemperatureC[1]: expected a number, found null"),
            c("missing timestamp", VALID.replace("\"timeMs\":1763799999000,", ""),
                "missing-field: $.timeMs is required"),
            c("missing schema", VALID.replace("\"schema\":\"evtwin.battery-telemetry/1\",", ""),
                "missing-field: $.schema is required"),
            c("missing pack voltage", VALID.replace("\"voltageV\":7.4,", ""),
                "missing-field: $.pack.voltageV is required"),
            c("missing cell temperatures", VALID.replace(",\"cellTemperatureC\":[26,26.5]", ""),
                "missing-field: $.modules[1].cellTemperatureC is required"),
            c("unsupported schema", VALID.replace("battery-telemetry/1", "battery-telemetry/2"),
                "unsupported-schema: $.schema: \"evtwin.battery-telemetry/2\" is not evtwin.battery-telemetry/1"),
            c("cell voltage out of range", VALID.replace("[3.69,3.7]", "[7.2,3.7]"),
                "out-of-range: $.modules[1].cellVoltageV[0]: 7.2 V is outside 0 V to 5 V"),
            c("cell temperature out of range", VALID.replace("[25,25.5]", "[25,400]"),
                "out-of-range: $.modules[0].cellTemperatureC[1]: 400 degC is outside -50 degC to 150 degC"),
            c("pack SoC above 1", VALID.replace("\"soc\":0.5", "\"soc\":1.2"),
                "out-of-range: $.pack.soc: 1.2 is outside 0 to 1"),
            c("pack current out of range", VALID.replace("\"currentA\":10.5", "\"currentA\":-9000"),
                "out-of-range: $.pack.currentA: -9000 A is outside -5000 A to 5000 A"),
            c("negative sequence", VALID.replace("\"seq\":5", "\"seq\":-5"), "out-of-range: $.seq: -5 is negative"),
            c("too many modules", VALID.replace("]}]}", "]},{\"cellVoltageV\":[3.7,3.7],\"cellTemperatureC\":"
                + "[25,25]}]}"), "wrong-shape: $.modules: more than the 2 modules of vehicle car-7"),
            c("too few modules", VALID.replaceAll(",\\s*\\{\"cellVoltageV\":\\[3\\.69,3\\.7],"
                + "\"cellTemperatureC\":\\[26,26\\.5]}", ""), "wrong-shape: $.modules: 1 modules, vehicle car-7"
                + " has 2"),
            c("too few cells", VALID.replace("[3.7,3.71]", "[3.7]"),
                "wrong-shape: $.modules[0].cellVoltageV: 1 values, the module has 2 cells"),
            c("unknown vehicle", "ev/truck-9/battery/telemetry", VALID,
                "unknown-vehicle: vehicle \"truck-9\" is not configured"),
            c("topic without a vehicle", "ev/battery/telemetry", VALID, "unknown-vehicle: topic"
                + " \"ev/battery/telemetry\" does not have the form ev/<vehicleId>/battery/telemetry"),
            c("vehicle id not the topic's", VALID.replace("\"vehicleId\":\"car-7\"", "\"vehicleId\":\"car-8\""),
                "unknown-vehicle: $.vehicleId: \"car-8\" does not match the topic's vehicle \"car-7\""),
            c("timestamp in the future", VALID.replace("1763799999000", "1763800600000"), "time-in-future:"
                + " $.timeMs: 1763800600000 is 600000 ms ahead of the receiving clock (limit 300000 ms)"),
            c("timestamp too old", VALID.replace("1763799999000", "1763000000000"), "time-too-old:"
                + " $.timeMs: 1763000000000 is 800000000 ms older than the receiving clock (limit 604800000 ms)"),
            c("oversized", VALID.replace("\"pack\"", "\"note\":\"" + "x".repeat(2000) + "\",\"pack\""),
                "oversized: payload of 2293 bytes exceeds the 2048-byte limit"));
    }

    private static Case c(String name, String payload, String reason) {
        return c(name, TOPIC, payload, reason);
    }

    private static Case c(String name, String topic, String payload, String reason) {
        return new Case(name, topic, payload.getBytes(StandardCharsets.UTF_8), reason);
    }
}
