package org.evtwin.app.pack3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.evtwin.app.TestPacks;
import org.evtwin.core.model.PackTopology;
import org.junit.jupiter.api.Test;

/** The view model without a window: palette indices, legend per quantity, residual note, selection, alarms. */
class Pack3DViewModelTest {
    private final PackTopology pack = TestPacks.tinyPack();
    private final Pack3DViewModel vm = new Pack3DViewModel(pack);

    @Test
    void paletteIndexOfKnownValues() {
        assertEquals(0, Palette.index(0, 0, 100));
        assertEquals(Palette.LEVELS - 1, Palette.index(100, 0, 100));
        assertEquals(127, Palette.index(50, 0, 100));
        assertEquals(0, Palette.index(-5, 0, 100), "below the legend clamps to its first colour");
        assertEquals(Palette.LEVELS - 1, Palette.index(1e9, 0, 100));
        assertEquals(Palette.NO_DATA, Palette.index(Double.NaN, 0, 100));
        assertEquals(Palette.NO_DATA_ARGB, Palette.SEQUENTIAL.argb(Palette.NO_DATA));
    }

    @Test
    void socColoursByFixedZeroToHundredPercent() {
        vm.apply(TestFrames.ramp(pack));
        assertEquals(0.0, vm.legendMinProperty().get());
        assertEquals(100.0, vm.legendMaxProperty().get());
        assertEquals("%", vm.legendUnitProperty().get());
        assertEquals("State of charge", vm.legendTitleProperty().get());
        assertEquals("", vm.legendNoteProperty().get());
        int n = pack.cellCount();
        assertEquals(0, vm.paletteIndex(0));
        assertEquals(Palette.LEVELS - 1, vm.paletteIndex(n - 1));
        assertEquals(Palette.index(100.0 / 3, 0, 100), vm.paletteIndex(1));
    }

    @Test
    void legendPerQuantity() {
        vm.apply(TestFrames.ramp(pack));
        vm.setColourBy(ColourBy.TEMPERATURE);
        assertRange(15, 60, "°C");
        vm.setColourBy(ColourBy.SOH);
        assertRange(70, 100, "%");
        assertEquals(Palette.index(80, 70, 100), vm.paletteIndex(0));
        vm.setColourBy(ColourBy.VOLTAGE);
        assertRange(2.5, 4.2, "V");
        vm.setColourBy(ColourBy.CURRENT);
        assertRange(-5, 5, "A");
        assertEquals(Palette.index(-4, -5, 5), vm.paletteIndex(0));
        assertEquals(Palette.DIVERGING, vm.palette());
    }

    @Test
    void fixedRangesWidenToRoundNumbersWhenDataLeaveThem() {
        vm.setColourBy(ColourBy.TEMPERATURE);
        vm.apply(TestFrames.uniform(pack, 0.5, 63.2, 3.7, 0, 1));
        assertRange(15, 65, "°C");
        vm.apply(TestFrames.uniform(pack, 0.5, -7, 3.7, 0, 1));
        assertRange(-10, 60, "°C");
    }

    @Test
    void currentRangeIsSymmetricNiceAndDoesNotFlicker() {
        vm.setColourBy(ColourBy.CURRENT);
        vm.apply(TestFrames.uniform(pack, 0.5, 25, 3.7, 7.3, 1));
        assertRange(-10, 10, "A");
        vm.apply(TestFrames.uniform(pack, 0.5, 25, 3.7, 4.5, 1));
        assertRange(-10, 10, "A");
        vm.apply(TestFrames.uniform(pack, 0.5, 25, 3.7, -3.1, 1));
        assertRange(-5, 5, "A");
        vm.apply(TestFrames.uniform(pack, 0.5, 25, 3.7, 0, 1));
        assertRange(-0.2, 0.2, "A");
        assertEquals(Palette.index(0, -1, 1), vm.paletteIndex(0), "zero current is the middle (white) colour");
    }

    @Test
    void residualWithoutMeasurementShowsANoteNotNumbers() {
        vm.apply(TestFrames.ramp(pack));
        vm.setColourBy(ColourBy.RESIDUAL);
        assertEquals(Pack3DViewModel.NO_RESIDUAL_NOTE, vm.legendNoteProperty().get());
        assertTrue(Double.isNaN(vm.legendMinProperty().get()));
        assertEquals(Palette.NO_DATA, vm.paletteIndex(0));
        double[] volts = new double[pack.cellCount()];
        volts[0] = 0.012;
        volts[1] = Double.NaN;
        vm.applyResidual(volts);
        assertEquals("", vm.legendNoteProperty().get());
        assertRange(-20, 20, "mV");
        assertEquals(Palette.index(12, -20, 20), vm.paletteIndex(0));
        assertEquals(Palette.NO_DATA, vm.paletteIndex(1), "a cell without measurement has no colour");
        vm.clearResidual();
        assertEquals(Pack3DViewModel.NO_RESIDUAL_NOTE, vm.legendNoteProperty().get());
    }

    @Test
    void noFrameYetSaysSo() {
        assertEquals(Pack3DViewModel.NO_DATA_NOTE, vm.legendNoteProperty().get());
        assertEquals(Palette.NO_DATA, vm.paletteIndex(0));
    }

    @Test
    void revisionAdvancesOnEveryRecolourAndIndicesAreReused() {
        byte[] before = vm.indices();
        long r = vm.colourRevision();
        vm.apply(TestFrames.ramp(pack));
        assertNotEquals(r, vm.colourRevision());
        vm.setColourBy(ColourBy.VOLTAGE);
        assertTrue(vm.colourRevision() > r + 1);
        assertTrue(before == vm.indices(), "no new array per frame");
    }

    @Test
    void selectionNamesTheCellItsModuleGroupAndValue() {
        vm.apply(TestFrames.ramp(pack));
        assertEquals("", vm.selectionTextProperty().get());
        vm.setSelectedCell(3);
        String text = vm.selectionTextProperty().get();
        assertTrue(text.startsWith("Cell 3 · module 2 · group S4"), text);
        assertTrue(text.endsWith("100.0 %"), text);
        assertThrows(IllegalArgumentException.class, () -> vm.setSelectedCell(pack.cellCount()));
        vm.setSelectedCell(-1);
        assertEquals("", vm.selectionTextProperty().get());
    }

    @Test
    void alarmsAreCopiedCountedAndOnlyBumpTheRevisionWhenChanged() {
        BitSet set = new BitSet();
        set.set(1);
        set.set(2);
        vm.setAlarmCells(set);
        long r = vm.alarmRevision();
        set.clear(2);
        assertTrue(vm.isAlarm(2), "the caller's set is copied");
        assertEquals(2, vm.alarmCountProperty().get());
        BitSet same = new BitSet();
        same.set(1);
        same.set(2);
        vm.setAlarmCells(same);
        assertEquals(r, vm.alarmRevision());
        vm.setAlarmCells(new BitSet());
        assertFalse(vm.isAlarm(1));
        assertEquals(0, vm.alarmCountProperty().get());
    }

    @Test
    void niceNumbers() {
        assertEquals(1.0, LegendRange.niceCeil(0.7));
        assertEquals(2.0, LegendRange.niceCeil(1.01));
        assertEquals(50.0, LegendRange.niceCeil(21));
        assertEquals(0.2, LegendRange.niceCeil(0.2), 1e-15);
    }

    private void assertRange(double min, double max, String unit) {
        assertEquals(min, vm.legendMinProperty().get(), 1e-12);
        assertEquals(max, vm.legendMaxProperty().get(), 1e-12);
        assertEquals(unit, vm.legendUnitProperty().get());
    }
}
