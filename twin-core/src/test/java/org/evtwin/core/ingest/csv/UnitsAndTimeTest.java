package org.evtwin.core.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit conversion at the edge, sign convention, scale, and every time encoding. */
class UnitsAndTimeTest {
    private static final double EPS = 1e-12;

    @Test
    void sourceUnitsBecomeCoreUnits(@TempDir Path dir) throws IOException {
        ColumnMapping m = ColumnMapping.of("units", TimeSpec.seconds("t"), List.of(
                ColumnSpec.of("mV", "cell_0_voltage_v", SourceUnit.MV),
                ColumnSpec.of("mA", "cell_0_current_a", SourceUnit.MA),
                ColumnSpec.of("K", "cell_0_temperature_c", SourceUnit.K),
                ColumnSpec.of("pct", "pack_soc", SourceUnit.PERCENT),
                ColumnSpec.of("mAh", "charge_throughput_c", SourceUnit.MAH),
                ColumnSpec.of("kW", "pack_power_w", SourceUnit.KW),
                ColumnSpec.of("kmh", "vehicle_speed_m_s", SourceUnit.KM_H),
                ColumnSpec.of("Ah", "pack_current_a", SourceUnit.A).withSign(ColumnSpec.Sign.CHARGE_POSITIVE)));
        Path f = Harness.write(dir, "u.csv", "t,mV,mA,K,pct,mAh,kW,kmh,Ah\n0,3712.5,-2500,298.15,87.5,1500,-12.5,"
                + "90,4.5\n");
        Harness h = Harness.run(f, m, ImportPolicy.stopAtFirstError());
        assertNull(h.failure, h.failureMessage());
        double[] expected = {3.7125, -2.5, 25.0, 0.875, 5400.0, -12500.0, 25.0, -4.5};
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], h.column(k)[0], EPS * Math.max(1, Math.abs(expected[k])), m.columns().get(k)
                    .source());
        }
    }

    @Test
    void mphAndAhAndScale(@TempDir Path dir) throws IOException {
        ColumnMapping m = ColumnMapping.of("u2", TimeSpec.seconds("t"), List.of(
                ColumnSpec.of("mph", "vehicle_speed_m_s", SourceUnit.MPH),
                ColumnSpec.of("Ah", "charge_throughput_c", SourceUnit.AH),
                new ColumnSpec("cellA", "pack_current_a", SourceUnit.A, 2.0, null, false)));
        Harness h = Harness.run(Harness.write(dir, "u2.csv", "t,mph,Ah,cellA\n0,60,2,1.25\n"), m,
                ImportPolicy.stopAtFirstError());
        assertEquals(26.8224, h.column(0)[0], 1e-12);
        assertEquals(7200.0, h.column(1)[0], 0.0);
        assertEquals(2.5, h.column(2)[0], 0.0);
    }

    @Test
    void kelvinReadAsCelsiusIsOutOfRange(@TempDir Path dir) throws IOException {
        ColumnMapping m = ColumnMapping.of("k", TimeSpec.seconds("t"),
                List.of(ColumnSpec.of("T", "cell_0_temperature_c", SourceUnit.DEG_C)));
        Harness h = Harness.run(Harness.write(dir, "k.csv", "t,T\n0,298.15\n1,25\n"), m, ImportPolicy.skipUpTo(1));
        assertEquals(List.of("k.csv:2: column 'T': \"298.15\" is 298.15 degC, outside -100.0 … 200.0 (cells are "
                + "specified for -40..60 degC; values above 200 are Kelvin or a failed sensor)"), h.messages());
    }

    @Test
    void millisecondsTime(@TempDir Path dir) throws IOException {
        ColumnMapping m = ColumnMapping.of("ms", TimeSpec.milliseconds("t_ms"),
                List.of(ColumnSpec.of("v", "cell_0_voltage_v", SourceUnit.V)));
        Harness h = Harness.run(Harness.write(dir, "ms.csv", "t_ms,v\n1500,3.7\n2750,3.6\n"), m,
                ImportPolicy.stopAtFirstError());
        assertArrayEquals(new double[] {1.5, 2.75}, h.times());
        assertNull(h.summary.epoch());
    }

    @Test
    void isoTimesWithAndWithoutOffset(@TempDir Path dir) throws IOException {
        ColumnMapping m = ColumnMapping.of("iso", TimeSpec.iso("when", null, "Europe/Berlin"),
                List.of(ColumnSpec.of("v", "cell_0_voltage_v", SourceUnit.V)));
        Path f = Harness.write(dir, "iso.csv", "when,v\n2024-05-01T12:00:00,3.7\n2024-05-01 12:00:00.25,3.6\n"
                + "2024-05-01T10:00:01Z,3.5\n2024-05-01T12:00:02+02:00,3.4\nnoon,3.3\n");
        Harness h = Harness.run(f, m, ImportPolicy.skipUpTo(1));
        assertArrayEquals(new double[] {0, 0.25, 1, 2}, h.times(), 1e-9);
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), h.summary.epoch());
        assertEquals(List.of("iso.csv:6: column 'when': \"noon\" is not an ISO-8601 date-time (like "
                + "2024-05-01T12:00:00.5 or …Z)"), h.messages());
    }

    @Test
    void isoStartPlusSecondsOffset(@TempDir Path dir) throws IOException {
        ColumnMapping m = ColumnMapping.of("iso+s", TimeSpec.iso("start", "dt", null),
                List.of(ColumnSpec.of("v", "cell_0_voltage_v", SourceUnit.V)));
        Path f = Harness.write(dir, "off.csv", "start,dt,v\n2009-02-13T23:12:28.078,0,3.7\n"
                + "2009-02-13T23:12:28.078,9.36,3.6\n2009-02-14T00:00:00.000,0,3.5\n");
        Harness h = Harness.run(f, m, ImportPolicy.stopAtFirstError());
        assertArrayEquals(new double[] {0, 9.36, 2851.922}, h.times(), 1e-9);
        assertEquals(Instant.parse("2009-02-13T23:12:28.078Z"), h.summary.epoch());
    }

    @Test
    void dateAndTimeColumnsWithPatternAndZone(@TempDir Path dir) throws IOException {
        ColumnMapping m = ColumnMapping.of("dt", TimeSpec.dateTime("Datum", "Zeit", "dd.MM.yyyy HH:mm:ss",
                "Europe/Berlin"), List.of(ColumnSpec.of("U", "cell_0_voltage_v", SourceUnit.V)))
                .withDialect(null, ";", ",");
        Path f = Harness.write(dir, "dt.csv", "Datum;Zeit;U\n31.03.2024;01:59:59;3,7\n31.03.2024;03:00:00;3,6\n"
                + "31.3.2024;03:00:01;3,5\n");
        Harness h = Harness.run(f, m, ImportPolicy.skipUpTo(1));
        // 02:00 CET jumps to 03:00 CEST: one second apart
        assertArrayEquals(new double[] {0, 1}, h.times(), 0.0);
        assertEquals(Instant.parse("2024-03-31T00:59:59Z"), h.summary.epoch());
        assertEquals(List.of("dt.csv:4: column 'Datum': \"31.3.2024 03:00:01\" does not match the pattern "
                + "'dd.MM.yyyy HH:mm:ss'"), h.messages());
    }

    @Test
    void commentHeaderSkippedLinesAndNoHeader(@TempDir Path dir) throws IOException {
        ColumnMapping pybamm = ColumnMapping.of("c", TimeSpec.seconds("time [s]"),
                List.of(ColumnSpec.of("current [A]", "pack_current_a", SourceUnit.A)))
                .withHeader(ColumnMapping.Header.LAST_COMMENT, "#", 1);
        Harness a = Harness.run(Harness.write(dir, "c.csv", "exported by X\n# note\n# time [s], current [A]\n"
                + "0, 1\n50, -0.5\n"), pybamm, ImportPolicy.stopAtFirstError());
        assertNull(a.failure, a.failureMessage());
        assertArrayEquals(new double[] {1, -0.5}, a.column(0));
        assertArrayEquals(new long[] {4, 5}, a.lines());
        ColumnMapping none = ColumnMapping.of("n", TimeSpec.seconds("#1"),
                List.of(ColumnSpec.of("#3", "pack_current_a", SourceUnit.A)))
                .withHeader(ColumnMapping.Header.NONE, null, 0);
        Harness b = Harness.run(Harness.write(dir, "n.csv", "0,x,1\n1,y,2\n2,z\n"), none, ImportPolicy.skipUpTo(1));
        assertArrayEquals(new double[] {1, 2}, b.column(0));
        assertEquals(List.of("n.csv:3: column '#3': missing columns: the row has 2 field(s), the first row "
                + "has 3"), b.messages());
    }
}
