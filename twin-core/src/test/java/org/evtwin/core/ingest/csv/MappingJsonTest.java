package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mappings are saved and reused as JSON; mistakes in a mapping file are pointed at. */
class MappingJsonTest {
    private static String error(String json) {
        return assertThrows(TwinException.class, () -> MappingJson.fromJson(json, "m.json")).getMessage();
    }

    @Test
    void everyKnownFormatsMappingRoundTrips(@TempDir Path dir) {
        List<ColumnMapping> all = List.of(FormatMappings.telemetry(List.of("time_s", "pack_current_a", "limit",
                "cell_0_voltage_v")), FormatMappings.nasa("n", "discharge_time"), FormatMappings.nasaConverted(),
                FormatMappings.bitrode(true), FormatMappings.bitrode(false),
                FormatMappings.pybamm("power [kW]", "pack_power_w", SourceUnit.KW), FormatMappings.fastsim());
        for (ColumnMapping m : all) {
            Path f = dir.resolve(m.name() + ".json");
            MappingJson.write(m, f);
            assertEquals(m, MappingJson.read(f));
        }
    }

    @Test
    void aFullMappingRoundTripsThroughText() {
        ColumnMapping m = new ColumnMapping(null, "bench log", "ISO-8859-1", "\t", ",", "#", 2,
                ColumnMapping.Header.FIRST_LINE, TimeSpec.dateTime("Date", "Time", "dd.MM.yyyy HH:mm:ss", "Europe/Paris"),
                List.of(new ColumnSpec("I (mA)", "pack_current_a", SourceUnit.MA, 2.0, ColumnSpec.Sign.CHARGE_POSITIVE,
                        true), ColumnSpec.of("T (K)", "cell_3_temperature_c", SourceUnit.K)),
                ColumnMapping.TimeOrder.NON_DECREASING);
        String json = MappingJson.toJson(m);
        assertEquals(m, MappingJson.fromJson(json, "m.json"));
        assertEquals(true, json.contains("\"unit\" : \"mA\""), json);
    }

    @Test
    void minimalMappingGetsDefaults() {
        ColumnMapping m = MappingJson.fromJson("""
                {"time": {"kind": "SECONDS", "column": "t"},
                 "columns": [{"source": "v", "channel": "cell_0_voltage_v", "unit": "mV"}]}""", "m.json");
        assertEquals(ColumnMapping.SCHEMA, m.schema());
        assertEquals(ColumnMapping.Header.FIRST_LINE, m.header());
        assertEquals(ColumnMapping.TimeOrder.INCREASING, m.timeOrder());
        assertEquals(new ColumnSpec("v", "cell_0_voltage_v", SourceUnit.MV, 1.0, ColumnSpec.Sign.DISCHARGE_POSITIVE,
                false), m.columns().get(0));
        assertEquals("UTC", m.time().zone());
    }

    @Test
    void mistakesNameTheFieldAndTheRule() {
        String t = "\"time\": {\"kind\": \"SECONDS\", \"column\": \"t\"}";
        assertEquals("m.json: line 1, column 113: $.columns[0].unit: unknown unit \"volts\"; known: "
                + "V, mV, A, mA, degC, K, fraction, %, C, Ah, mAh, W, kW, m/s, km/h, mph",
                error("{" + t + ", \"columns\": [{\"source\": \"v\", \"channel\": \"cell_0_voltage_v\", "
                + "\"unit\": \"volts\"}]}"));
        assertEquals("m.json: line 1, column 121: $.columns[0]: unit: mV measures VOLTAGE but channel "
                + "cell_0_temperature_c is TEMPERATURE",
                error("{" + t + ", \"columns\": [{\"source\": \"v\", \"channel\": \"cell_0_temperature_c\", "
                + "\"unit\": \"mV\"}]}"));
        assertEquals("m.json: line 1, column 99: $.columns[0]: unknown channel \"cell_voltage\"; "
                + "expected one of pack_current_a, pack_voltage_v, pack_power_w, pack_soc, "
                + "ambient_temperature_c, charge_throughput_c, vehicle_speed_m_s, "
                + "min_cell_voltage_v, max_cell_voltage_v, max_temperature_c, or cell_<index>_ "
                + "followed by one of voltage_v, current_a, temperature_c, soc, soh",
                error("{" + t + ", \"columns\": [{\"source\": \"v\", \"channel\": \"cell_voltage\"}]}"));
        assertEquals("m.json: line 1, column 113: $.columns[0].scal: unknown field \"scal\"; known: "
                + "channel, optional, scale, sign, source, unit",
                error("{" + t + ", \"columns\": [{\"source\": \"v\", \"channel\": \"pack_voltage_v\", "
                + "\"scal\": 2}]}"));
        assertEquals("m.json: line 1, column 140: $: schema: unsupported \"evtwin.column-mapping/9\", "
                + "expected \"evtwin.column-mapping/1\"",
                error("{\"schema\": \"evtwin.column-mapping/9\", " + t + ", \"columns\": [{\"source\": "
                + "\"v\", \"channel\": \"pack_voltage_v\"}]}"));
        assertEquals("m.json: line 1, column 59: $: columns: at least one mapped column is required",
                error("{" + t + ", \"columns\": []}"));
        assertEquals("m.json: line 1, column 49: $.time: timeColumn: required for this time kind",
                error("{\"time\": {\"kind\": \"DATE_TIME\", \"dateColumn\": \"d\"}, \"columns\": "
                + "[{\"source\": \"v\", \"channel\": \"pack_voltage_v\"}]}"));
        assertEquals("m.json: line 1, column 128: $.columns[0]: sign: CHARGE_POSITIVE applies to "
                + "current, power or charge, not to VOLTAGE (pack_voltage_v)",
                error("{" + t + ", \"columns\": [{\"source\": \"v\", \"channel\": \"pack_voltage_v\", "
                + "\"sign\": \"CHARGE_POSITIVE\"}]}"));
        assertEquals("m.json: line 1, column 146: $: decimalSeparator: \",\" cannot also be the "
                + "delimiter",
                error("{" + t + ", \"delimiter\": \",\", \"decimalSeparator\": \",\", \"columns\": "
                + "[{\"source\": \"v\", \"channel\": \"pack_voltage_v\"}]}"));
        assertEquals("m.json: line 1, column 148: $: columns[1].channel: pack_voltage_v is mapped "
                + "twice",
                error("{" + t + ", \"columns\": [{\"source\": \"v\", \"channel\": \"pack_voltage_v\"},"
                + "{\"source\": \"w\", \"channel\": \"pack_voltage_v\"}]}"));
        assertEquals("m.json: line 1, column 128: $: encoding: \"KLINGON-8\" is not a charset this "
                + "Java knows",
                error("{" + t + ", \"encoding\": \"KLINGON-8\", \"columns\": [{\"source\": \"v\", "
                + "\"channel\": \"pack_voltage_v\"}]}"));
        assertEquals("m.json: line 1, column 10: not valid JSON (Unexpected end-of-input "
                + "within/between Object entries)",
                error("{\"time\": "));
    }
}
