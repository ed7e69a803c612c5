package org.evtwin.core.sim.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped cycles load from the class path with the shapes stated in the raw data's SOURCE.txt files. */
class DriveCycleLibraryTest {

    private final DriveCycleLibrary library = new DriveCycleLibrary();

    /**
     * Row counts, end times and maximum speeds from shared/data/raw/fastsim_drive_cycle_speed_profiles/SOURCE.txt
     * (maximum speeds given there to 0.01 m/s). Published distances: EPA UDDS 7.45 mi = 11.99 km, HWFET 16.45 km
     * as commonly quoted (EPA: 10.26 mi = 16.51 km), US06 8.01 mi = 12.89 km, WLTC class 3 23.27 km (UN GTR 15);
     * within 1 %, which the HWFET's two quoted figures (0.4 % apart) also satisfy.
     */
    @ParameterizedTest
    @CsvSource({
        "UDDS,  1370, 1369, 25.35, 11.99",
        "HWFET,  766,  765, 26.78, 16.45",
        "US06,   601,  600, 35.90, 12.89",
        "WLTC,  1801, 1800, 36.47, 23.27"})
    void speedSchedulesMatchTheirPublishedShape(String name, int rows, double endS, double maxMPerS,
            double publishedKm) {
        DriveProfile p = library.load(name);
        assertEquals(DriveProfile.Kind.SPEED_M_PER_S, p.kind());
        assertEquals(name, p.name());
        assertEquals(rows, p.size());
        assertEquals(0.0, p.startS());
        assertEquals(endS, p.endS());
        assertEquals(maxMPerS, p.maxValue(), 0.005);
        assertEquals(0.0, p.minValue());
        double km = VehicleModel.distanceM(p) / 1000.0;
        assertEquals(publishedKm, km, 0.01 * publishedKm, () -> name + " distance " + km + " km");
        assertTrue(p.source().contains("FASTSim") && p.source().contains("Apache-2.0"), p.source());
    }

    @Test
    void us06CurrentIsCellScaleAmpere() {
        DriveProfile p = library.load("US06-current");
        assertEquals(DriveProfile.Kind.CURRENT_A, p.kind());
        assertEquals(601, p.size());
        assertEquals(600.0, p.durationS());
        // first data row of the file: "0,0.012859"; extremes of the file
        assertEquals(0.012859, p.value(0));
        assertEquals(8.1, p.maxValue());
        assertEquals(-4.2071, p.minValue());
    }

    @Test
    void wltcPowerIsConvertedFromKilowattToWatt() {
        DriveProfile p = library.load("WLTC-power");
        assertEquals(DriveProfile.Kind.POWER_W, p.kind());
        assertEquals(18001, p.size());
        assertEquals(1800.0, p.endS(), 1e-9);
        // file rows "0,0.000511" and "1800,0.291065" (kW); extremes 43.249505 kW and -26.435354 kW
        assertEquals(0.511, p.value(0), 1e-9);
        assertEquals(291.065, p.value(p.size() - 1), 1e-9);
        assertEquals(43249.505, p.maxValue(), 1e-6);
        assertEquals(-26435.354, p.minValue(), 1e-6);
    }

    @Test
    void carCurrentKeepsItsSteps() {
        DriveProfile p = library.load("car-current");
        assertEquals(14, p.size());
        assertEquals(1.0, p.valueAt(25.0));
        assertEquals(-0.5, p.valueAt(55.0));
        assertEquals(2.0, p.valueAt(412.0));
        assertEquals(-0.5, p.valueAt(3600.0));
    }

    @Test
    void namesAreCaseInsensitiveAndCached() {
        assertEquals(List.of("UDDS", "HWFET", "US06", "WLTC", "US06-current", "WLTC-power", "car-current"),
                List.copyOf(library.names()));
        DriveProfile a = library.load("udds");
        assertSame(a, library.load(" UDDS "));
        assertEquals("UDDS", a.name());
        assertEquals("WLTC-power", library.load("wltc-POWER").name());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        TwinException e = assertThrows(TwinException.class, () -> library.load("NEDC"));
        assertTrue(e.getMessage().contains("'NEDC'") && e.getMessage().contains("HWFET"), e.getMessage());
    }
}
