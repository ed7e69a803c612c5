package org.evtwin.core.whatif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.physics.LimitReason;
import org.evtwin.core.physics.PackModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour of what-ifs on the Leaf pack (192 cells), forked at 30 % SoC and 25 °C. */
class WhatIfEngineTest {
    private static final WhatIfEngine ENGINE = new WhatIfEngine();
    private static PackModel reference;
    private static WhatIfInputs base;
    private static WhatIfResult baseline;

    @BeforeAll
    static void fork() {
        reference = new PackModel(Catalog.pack("leaf-96s2p"), 25.0, 0.3);
        base = WhatIfInputs.baseline(reference);
        baseline = run(base);
    }

    private static WhatIfResult run(WhatIfInputs in) {
        WhatIfResult r = ENGINE.run(reference.copy(), in, () -> false);
        assertEquals(WhatIfResult.Status.OK, r.status(), () -> r.inlineReason());
        return r;
    }

    @Test
    void baselineInputsReproduceTheBaselineExactly() {
        WhatIfResult again = run(WhatIfInputs.baseline(reference));
        NearTerm a = baseline.nearTerm();
        NearTerm b = again.nearTerm();
        assertEquals(a.peakTemperatureC(), b.peakTemperatureC(), 0.0);
        assertEquals(a.timeTo80S(), b.timeTo80S(), 0.0);
        assertEquals(a.durationS(), b.durationS(), 0.0);
        assertEquals(a.limitedS(), b.limitedS());
        assertArrayEquals(a.timeS(), b.timeS(), 0.0);
        assertArrayEquals(a.packSoc(), b.packSoc(), 0.0);
        assertArrayEquals(a.maxTemperatureC(), b.maxTemperatureC(), 0.0);
        assertArrayEquals(baseline.pack().soh(), again.pack().soh(), 0.0);
        assertEquals(baseline.pack().yearsTo80(), again.pack().yearsTo80(), 0.0);
        assertEquals(baseline.pack().yearsTo70(), again.pack().yearsTo70(), 0.0);
        assertEquals("", again.inlineReason());
        assertNull(again.pickedCell(), "no picked-cell projection when its factors are 1");
    }

    @Test
    void baselineIsAOneCChargeFromThePresentSocToNinetyPercent() {
        NearTerm n = baseline.nearTerm();
        assertEquals(NearTerm.StartRule.PRESENT_SOC, n.startRule());
        assertEquals(0.3, n.startSoc(), 1e-9);
        assertEquals(0.9, n.endSoc(), 1e-5);
        // CC at 1C all the way to 80 %: pack SoC rises by groups·I·dt / Σ capacity, i.e. 1 per hour at the mean
        // capacity; the spread (σ = 0.5 %) moves the mean by well under 1 %
        assertEquals(0.5 * 3600, n.timeTo80S(), 0.01 * 1800);
        assertTrue(n.peakTemperatureC() > 26 && n.peakTemperatureC() < 40, "a 1C charge warms the pack a few K: "
                + n.peakTemperatureC());
        assertTrue(n.limitedS(LimitReason.CELL_VOLTAGE_MAX) > 0, "the end of the charge is CV");
        assertEquals(n.timeS().length, n.packSoc().length);
        assertEquals(n.durationS(), n.timeS()[n.timeS().length - 1], 1e-9);
        assertTrue(baseline.pack().years80().isPresent(), "80 % SoH within 20 years at this duty");
    }

    @Test
    void higherAmbientRaisesThePeakTemperatureAndBringsEightyPercentSohEarlier() {
        WhatIfResult hot = run(base.withAmbientC(35));
        double rise = hot.nearTerm().peakTemperatureC() - baseline.nearTerm().peakTemperatureC();
        // the cells start 10 K warmer; their resistance is lower when warm, so they heat a little less on top
        assertTrue(rise > 8.5 && rise <= 10.0, "peak rises by a little under the 10 K ambient step: " + rise);
        // calendar fade: Arrhenius exp(6976 K·(1/298.15 − 1/308.15)) = 2.14× faster; t^0.75 → 0.36× the time for the
        // calendar part; the cycle law has no temperature term, so the total lands in between
        double ratio = hot.pack().yearsTo80() / baseline.pack().yearsTo80();
        assertTrue(ratio > 0.36 && ratio < 0.8, "80 % SoH comes earlier: ratio " + ratio);
        assertTrue(hot.pack().cellTemperatureC() > baseline.pack().cellTemperatureC() + 9.5);
    }

    @Test
    void lessCoolingRaisesThePeakTemperatureAndTheProjectionTemperature() {
        WhatIfResult weak = run(base.withCoolingFactor(0.2));
        WhatIfResult strong = run(base.withCoolingFactor(3.0));
        assertTrue(weak.nearTerm().peakTemperatureC() > baseline.nearTerm().peakTemperatureC() + 0.3);
        assertTrue(strong.nearTerm().peakTemperatureC() < baseline.nearTerm().peakTemperatureC() - 0.3);
        // daily-mean self-heating is heat / (h·A·f): a fifth of the cooling gives about five times the rise
        double ratio = weak.pack().selfHeatingK() / baseline.pack().selfHeatingK();
        assertEquals(5.0, ratio, 0.5);
    }

    @Test
    void higherChargeRateShortensTheTimeToEightyPercentAndRaisesThePeak() {
        WhatIfResult slow = run(base.withChargeCRate(0.5));
        WhatIfResult fast = run(base.withChargeCRate(1.5));
        assertEquals(0.5 / 0.5 * 3600, slow.nearTerm().timeTo80S(), 0.01 * 3600, "pure CC at 0.5C: 1 h");
        assertEquals(0.5 / 1.5 * 3600, fast.nearTerm().timeTo80S(), 0.02 * 1200, "CC at 1.5C: 20 min");
        assertTrue(fast.nearTerm().peakTemperatureC() > baseline.nearTerm().peakTemperatureC() + 0.5);
        assertTrue(slow.nearTerm().peakTemperatureC() < baseline.nearTerm().peakTemperatureC() - 0.5);
    }

    @Test
    void aChargeLimitOfEightyPercentReachesItAtTheEndAndBelowItNever() {
        // definitions: time to 80 % is when the pack SoC reaches 0.8; a limit of exactly 0.8 gets there at its last
        // step (landing on the limit is exact to 1e-6, 80 % counts from 79.99 %); a limit below never does
        NearTerm at = run(base.withChargeLimitSoc(0.8)).nearTerm();
        assertEquals(0.8, at.endSoc(), 1e-5);
        assertEquals(at.durationS(), at.timeTo80S(), 1.0);
        NearTerm below = run(base.withChargeLimitSoc(0.79)).nearTerm();
        assertTrue(below.timeTo80().isEmpty());
        assertEquals("the charge limit 79 % is below 80 %", below.timeTo80Note());
        assertEquals(0.79, below.endSoc(), 1e-5);
    }

    @Test
    void aChargeRateAboveTheCellLimitIsClampedAndExplainedNotThrown() {
        WhatIfResult asked = run(base.withChargeCRate(4.0));
        WhatIfResult atLimit = run(base.withChargeCRate(2.0));
        assertTrue(asked.nearTerm().limitedS(LimitReason.CHARGE_CURRENT) > 0);
        assertTrue(asked.inlineReason().contains("4C is above the cell's 2C limit"), asked.inlineReason());
        // the BMS holds 4C at the 2C limit, so the charge is the 2C charge
        assertEquals(atLimit.nearTerm().timeTo80S(), asked.nearTerm().timeTo80S(), 1e-9);
        assertEquals(atLimit.nearTerm().peakTemperatureC(), asked.nearTerm().peakTemperatureC(), 1e-9);
        assertEquals("", atLimit.inlineReason());
    }

    @Test
    void anAmbientBelowTheChargeWindowGivesAnInlineReasonAndNoCharge() {
        WhatIfResult cold = run(base.withAmbientC(-10));
        NearTerm n = cold.nearTerm();
        assertTrue(n.timeTo80().isEmpty());
        assertEquals(n.startSoc(), n.endSoc(), 1e-6, "only self-discharge moves the SoC");
        assertTrue(n.limitedS(LimitReason.TEMPERATURE) > 0);
        assertTrue(cold.inlineReason().startsWith("no charge: a cell is outside the charge temperature window 0–60 °C"),
                cold.inlineReason());
        assertNotNull(cold.pack(), "the long term is still projected, at the ambient");
        assertEquals(-10.0, cold.pack().cellTemperatureC(), 1e-9);
    }

    @Test
    void aFullPackChargesFromTheWindowLowEnd() {
        PackModel full = new PackModel(Catalog.pack("leaf-96s2p"), 25.0, 0.95);
        NearTerm n = ENGINE.run(full.copy(), WhatIfInputs.baseline(full), () -> false).nearTerm();
        assertEquals(NearTerm.StartRule.WINDOW_LOW_END, n.startRule());
        assertEquals(WhatIfInputs.BASELINE_WINDOW_MIN_SOC, n.startSoc(), 1e-9);
        assertEquals(0.9, n.endSoc(), 1e-5);
    }

    @Test
    void invalidInputsComeBackAsProblemsNamingTheField() {
        WhatIfInputs bad = base.withWindowMinSoc(0.95).withDriveCycle("XYZ").withPickedCell(500, 1, 1);
        WhatIfResult r = ENGINE.run(reference.copy(), bad, () -> false);
        assertEquals(WhatIfResult.Status.INVALID, r.status());
        assertEquals(3, r.problems().size(), r.problems()::toString);
        assertTrue(r.problems().get(0).startsWith("windowMinSoc = 0.950: must be below chargeLimitSoc"));
        assertTrue(r.problems().get(1).startsWith("pickedCell = 500"));
        assertTrue(r.problems().get(2).startsWith("driveCycle = XYZ"));
        assertNull(r.nearTerm());
    }

    @Test
    void cancellationStopsAtTheNextPoll() {
        AtomicInteger polls = new AtomicInteger();
        PackModel fork = reference.copy();
        WhatIfResult r = ENGINE.run(fork, base, () -> polls.incrementAndGet() > 3);
        assertEquals(WhatIfResult.Status.CANCELLED, r.status());
        assertEquals(4, polls.get(), "no poll after the one that said cancel");
        assertEquals(2 * 18.0, fork.state().timeS() - reference.state().timeS(), 1e-9, "two 18 s steps ran");
        PackModel untouched = reference.copy();
        assertEquals(WhatIfResult.Status.CANCELLED, ENGINE.run(untouched, base, () -> true).status());
        assertEquals(reference.state().timeS(), untouched.state().timeS(), 0.0, "cancelled before any step");
    }

    @Test
    void aWeakerPickedCellGetsItsOwnProjection() {
        WhatIfResult small = run(base.withPickedCell(10, 0.8, 1.0));
        Projection cell = small.pickedCellProjection().orElseThrow();
        assertEquals("cell 10", cell.subject());
        // 2p group with capacities 1 and 0.8 (relative): the group passes the mean group's charge, so its depth is
        // 2 / 1.8 of the pack's (the cell spread of 0.5 % σ moves this by a little)
        assertEquals(2 / 1.8, cell.dodPerDay() / small.pack().dodPerDay(), 0.02);
        assertTrue(cell.yearsTo80() < small.pack().yearsTo80(), "a deeper daily swing ages it sooner");
        WhatIfResult resistive = run(base.withPickedCell(10, 1.0, 3.0));
        assertTrue(resistive.nearTerm().timeTo80S() > baseline.nearTerm().timeTo80S() + 60,
                "its group reaches the voltage limit first, so the pack goes CV earlier");
        assertTrue(resistive.pickedCell().selfHeatingK() > resistive.pack().selfHeatingK());
        assertFalse(resistive.pickedCell().cellTemperatureC() < resistive.pack().cellTemperatureC());
    }
}
