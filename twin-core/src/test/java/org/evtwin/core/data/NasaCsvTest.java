package org.evtwin.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NasaCsvTest {
    @TempDir
    Path dir;

    @Test
    void readsDischargeAndChargeFilesInCoreConventions() throws IOException {
        Path cell = Files.createDirectories(dir.resolve("B0005"));
        Path d = cell.resolve("dis_3_cap_1.5.csv");
        Files.writeString(d, "voltage,current,temperature,current_load,voltage_load,discharge_time,ic\n"
                + "4.19,-0.004,24.3,-0.0006,0.0,0.0,1\n3.97,-2.01,24.4,-1.99,3.06,18.5,\n");
        NasaRecord r = NasaCsv.read(d);
        assertTrue(r.discharge());
        assertEquals("B0005", r.cell());
        assertEquals(3, r.number());
        assertEquals(1.5, r.capacityAh(), 0.0);
        assertEquals(2.01, r.series().currentA()[1], 0.0, "NASA -2.01 A (discharge) is +2.01 A in the core");
        assertEquals(18.5, r.series().timeS()[1], 0.0);
        assertEquals(24.4, r.series().temperatureC()[1], 0.0);
        Path c = cell.resolve("charge_7.csv");
        Files.writeString(c, "voltage,current,temperature,current_charge,voltage_charge,charge_time\n"
                + "3.8,0.0,24.6,0.0,0.0,0.0\n4.0,1.5,24.7,1.5,4.7,5.5\n");
        NasaRecord ch = NasaCsv.read(c);
        assertFalse(ch.discharge());
        assertEquals(-1.5, ch.series().currentA()[1], 0.0, "NASA +1.5 A (charge) is -1.5 A in the core");
        assertEquals(d, NasaCsv.dischargeFile(cell, 3));
    }

    @Test
    void errorsNameFileLineColumnAndRule() throws IOException {
        Path d = dir.resolve("dis_1_cap_2.0.csv");
        Files.writeString(d, "voltage,current,temperature,discharge_time\n4.1,-2,24,0\n4.0,-2,24,bad\n");
        TwinException e = assertThrows(TwinException.class, () -> NasaCsv.read(d));
        assertEquals("dis_1_cap_2.0.csv: line 3, column 4 (discharge_time): not a number \"bad\"", e.getMessage());
        Files.writeString(d, "voltage,temperature,discharge_time\n4.1,24,0\n");
        e = assertThrows(TwinException.class, () -> NasaCsv.read(d));
        assertTrue(e.getMessage().startsWith("dis_1_cap_2.0.csv: line 1: header has no column \"current\""),
                e.getMessage());
        Path odd = dir.resolve("other.csv");
        Files.writeString(odd, "x\n");
        e = assertThrows(TwinException.class, () -> NasaCsv.read(odd));
        assertTrue(e.getMessage().endsWith("file name must be dis_<n>_cap_<Ah>.csv or charge_<n>.csv"));
    }
}
