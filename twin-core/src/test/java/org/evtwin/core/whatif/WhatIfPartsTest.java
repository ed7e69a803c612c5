package org.evtwin.core.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.physics.PackModel;
import org.evtwin.core.physics.ageing.AgeingModels;
import org.evtwin.core.physics.ageing.AgeingProjection;
import org.evtwin.core.sim.drive.DriveCycleLibrary;
import org.evtwin.core.sim.drive.VehicleParameters;
import org.junit.jupiter.api.Test;

/** The parts of a what-if: inputs, the daily duty, the equivalent-age start, and the coarse near-term step. */
class WhatIfPartsTest {
    private static final PackModel LEAF = new PackModel(Catalog.pack("leaf-96s2p"), 25.0, 0.2);

    @Test
    void baselineTakesThePackAsItIsAndTheAssumedUsage() {
        LEAF.setAmbientC(31.0);
        WhatIfInputs b = WhatIfInputs.baseline(LEAF);
        LEAF.setAmbientC(25.0);
        assertEquals(31.0, b.ambientC());
        assertEquals(1.0, b.coolingFactor());
        assertEquals(1.0, b.chargeCRate(), "1C, inside the Leaf cell's 2C limit");
        assertEquals(0.9, b.chargeLimitSoc());
        assertEquals(0.1, b.windowMinSoc());
        assertEquals(50_000.0, b.dailyDistanceM());
        assertEquals(300, b.drivenDaysPerYear());
        assertEquals("WLTC", b.driveCycle());
        assertEquals(List.of(), b.problems(192));
        assertTrue(!b.changesPickedCell());
    }

    @Test
    void validationNamesEachField() {
        WhatIfInputs b = WhatIfInputs.baseline(LEAF);
        assertEquals(List.of("ambientC = -60.00: must be in [-40.0, 60.0] degC"), b.withAmbientC(-60).problems(192));
        assertEquals(List.of("coolingFactor = 6.000: must be in [0, 5.0]"), b.withCoolingFactor(6).problems(192));
        assertEquals(List.of("chargeCRate = 0.000: must be in (0, 10.0] per hour"),
                b.withChargeCRate(0).problems(192));
        assertEquals(List.of("chargeLimitSoc = NaN: must be in (0, 1]"),
                b.withChargeLimitSoc(Double.NaN).problems(192));
        assertEquals(List.of("dailyDistanceM = -1.000: must be in [0, 2000000.0] m"),
                b.withDailyDistanceM(-1).problems(192));
        assertEquals(List.of("drivenDaysPerYear = 366: must be in [0, 365]"), b.withDrivenDaysPerYear(366)
                .problems(192));
        assertEquals(List.of("pickedResistanceFactor = 0.000: must be in [0.1, 20]"),
                b.withPickedCell(3, 1, 0).problems(192));
    }

    @Test
    void dailyDistanceBecomesADepthOfDischargeThroughTheVehicleModel() {
        WhatIfEngine engine = new WhatIfEngine();
        CellParameters cell = LEAF.topology().cell();
        WhatIfInputs in = WhatIfInputs.baseline(LEAF);
        DailyDuty.CycleEnergy wltc = engine.cycleEnergy("WLTC");
        DailyDuty d = DailyDuty.of(in, cell, 192, wltc);
        // closed form: E = 50 km · Wh/km · 3600 J/Wh / 192 cells = Q · DoD · mean OCV over [0.9 − DoD, 0.9]
        double energy = 50 * engine.whPerKm("WLTC") * 3600 / 192;
        assertEquals(energy, d.energyPerCellJ(), 1e-6 * energy);
        double v = DailyDuty.meanOcv(cell, 0.9 - d.dod(), 0.9, 25.0);
        assertEquals(energy, d.dod() * cell.capacityCoulomb() * v, 1e-6 * energy);
        assertTrue(engine.whPerKm("WLTC") > 100 && engine.whPerKm("WLTC") < 200, "a small EV uses 100–200 Wh/km");
        assertEquals(List.of(), d.notes());
        DailyDuty far = DailyDuty.of(in.withDailyDistanceM(400_000), cell, 192, wltc);
        assertEquals(0.8, far.dod(), 1e-12, "capped by the 10–90 % window");
        assertTrue(far.notes().get(0).startsWith("400 km of WLTC needs"), far.notes()::toString);
        DailyDuty parked = DailyDuty.of(in.withDailyDistanceM(0), cell, 192, wltc);
        assertEquals(0, parked.drivenDays());
        DailyDuty tooFast = DailyDuty.of(in.withChargeCRate(5), cell, 192, wltc);
        assertEquals(2.0, tooFast.chargeCRate(), "the daily charge runs at the cell's limit");
    }

    @Test
    void anAgedSubjectStartsAtItsSohAndFollowsTheNewCellCurveFromItsEquivalentAge() {
        CellParameters cell = LEAF.topology().cell();
        WhatIfInputs in = WhatIfInputs.baseline(LEAF);
        var model = AgeingModels.byName(cell.ageingModel());
        LongTerm.Subject fresh = new LongTerm.Subject("pack", cell.capacityCoulomb(), 0.3, 1.0, 0.25, 300, 0.0, 1.0,
                List.of());
        Projection newCell = LongTerm.project(fresh, model, cell, in);
        LongTerm.Subject aged = new LongTerm.Subject("pack", cell.capacityCoulomb(), 0.3, 1.0, 0.25, 300, 0.0, 0.9,
                List.of());
        Projection old = LongTerm.project(aged, model, cell, in);
        assertEquals(0.9, old.soh()[0], 0.0);
        assertEquals(0.0, old.timeYears()[0], 0.0);
        // the new cell reaches 0.9 after t0 years; the aged one reaches 0.8 that much sooner
        double t0 = crossingYears(newCell, 0.9);
        assertEquals(newCell.yearsTo80() - t0, old.yearsTo80(), 0.02);
        assertEquals(20.0, old.horizonYears(), 14 / 365.0);
        assertEquals(List.of(), old.notes());
    }

    @Test
    void equivalentAgeInterpolatesBetweenPoints() {
        AgeingProjection.Result r = new AgeingProjection.Result(new double[] {0, 10, 20}, new double[] {1, 0.95, 0.9},
                new double[] {1, 1.1, 1.2}, Double.NaN, Double.NaN);
        assertEquals(15.0, LongTerm.equivalentAgeDays(r, 0.925), 1e-9);
        assertTrue(Double.isNaN(LongTerm.equivalentAgeDays(r, 0.8)));
    }

    @Test
    void theCoarseNearTermStepMatchesOneSecondSteps() {
        FastCharge.Stepping fine = new FastCharge.Stepping(1e-6, 1.0, 1.0, 5.0);
        WhatIfEngine reference = new WhatIfEngine(new DriveCycleLibrary(), VehicleParameters.nissanLeaf2013(), fine);
        WhatIfEngine coarse = new WhatIfEngine();
        for (double rate : new double[] {1.0, 2.0}) {
            WhatIfInputs in = WhatIfInputs.baseline(LEAF).withChargeCRate(rate);
            NearTerm f = reference.run(LEAF.copy(), in, () -> false).nearTerm();
            NearTerm c = coarse.run(LEAF.copy(), in, () -> false).nearTerm();
            assertEquals(1.0, f.stepS());
            assertEquals(18.0 / rate, c.stepS(), 1e-9);
            assertEquals(f.peakTemperatureC(), c.peakTemperatureC(), 0.1, "peak temperature at " + rate + "C");
            assertEquals(f.timeTo80S(), c.timeTo80S(), 0.01 * f.timeTo80S(), "time to 80 % at " + rate + "C");
            assertEquals(f.heatPerCellJ(), c.heatPerCellJ(), 0.03 * f.heatPerCellJ(), "heat at " + rate + "C");
        }
    }

    private static double crossingYears(Projection p, double level) {
        for (int k = 1; k < p.soh().length; k++) {
            if (p.soh()[k] <= level) {
                double f = (p.soh()[k - 1] - level) / (p.soh()[k - 1] - p.soh()[k]);
                return p.timeYears()[k - 1] + f * (p.timeYears()[k] - p.timeYears()[k - 1]);
            }
        }
        return Double.NaN;
    }
}
