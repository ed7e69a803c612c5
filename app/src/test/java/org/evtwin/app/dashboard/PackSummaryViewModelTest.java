package org.evtwin.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.evtwin.app.TestPacks;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.telemetry.PackFrame;
import org.junit.jupiter.api.Test;

/** The view model formats a frame with units and without a window. */
class PackSummaryViewModelTest {

    @Test
    void frameValuesAppearFormattedWithTheirUnits() {
        PackTopology pack = TestPacks.tinyPack();
        PackSummaryViewModel vm = new PackSummaryViewModel(pack);
        double[] v = {3.601, 3.655, 3.700, 3.650};
        double[] i = {10, 10, 10, 10};
        double[] t = {25.0, 31.26, 27.0, 26.0};
        double[] soc = {0.5, 0.5, 0.5, 0.5};
        double[] soh = {0.98, 0.96, 0.97, 0.97};
        vm.apply(new PackFrame(3725.4, 20.0, 14.606, 0.5123, "CELL_VOLTAGE_MIN", v, i, t, soc, soh));
        Map<String, String> shown = vm.figures().stream().collect(Collectors.toMap(
                PackSummaryViewModel.Figure::label, f -> f.valueProperty().get() + " " + f.unit()));
        assertEquals("1:02:05 h:mm:ss", shown.get("Simulated time"));
        assertEquals("14.6 V", shown.get("Pack voltage"));
        assertEquals("0.29 kW", shown.get("Pack power"));
        assertEquals("51.2 %", shown.get("Pack SoC"));
        assertEquals("97.00 %", shown.get("Mean SoH"));
        assertEquals("99.0 mV", shown.get("Cell voltage spread"));
        assertEquals("31.3 °C", shown.get("Hottest cell"));
        assertEquals("cell voltage min ", shown.get("BMS limit"));
    }
}
