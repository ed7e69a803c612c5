package org.evtwin.core.physics.ageing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;

class SchmalstiegNmcAgeingTest {
    private static final double CAP_C = 2.05 * 3600.0; // same capacity as the reference cell: no scaling
    private final SchmalstiegNmcAgeing model = new SchmalstiegNmcAgeing();

    /** Direct transcription of Schmalstieg eq. for α_cap, written independently of the main code. */
    private static double alphaCapByHand(double volts, double celsius) {
        double slope = 7.543;
        double offset = 23.75;
        return (slope * volts - offset) * 1.0e6 / Math.exp(6976.0 / (celsius + 273.15));
    }

    @Test
    void calendarCoefficientAt50CAnd4V2MatchesHandCalculation() {
        // (7.543·4.2 − 23.75)·1e6·exp(−6976/323.15) = 7.9306e6 · 4.2137e-10 = 3.34176e-3 per day^0.75
        assertEquals(3.3417561e-3, SchmalstiegNmcAgeing.alphaCapacity(4.2, 323.15), 1e-9);
        assertEquals(alphaCapByHand(4.2, 50.0), SchmalstiegNmcAgeing.alphaCapacity(4.2, 323.15), 1e-15);
        // resistance: (5.270·4.2 − 16.32)·1e5·exp(−5986/323.15) = 5.24379e-3
        assertEquals(5.2437885e-3, SchmalstiegNmcAgeing.alphaResistance(4.2, 323.15), 1e-9);
    }

    @Test
    void hourlyStepsReproduceClosedFormCalendarLaw() {
        AgeingState state = AgeingState.uniform(2, CAP_C);
        AgeingStress stress = new AgeingStress(2);
        int hours = 500 * 24;
        for (int h = 0; h < hours; h++) {
            for (int k = 0; k < 6; k++) { // six 10-minute solver steps per ageing interval
                stress.accumulate(0, 600.0, 50.0, 4.2, 1.0, 0.0);
                stress.accumulate(1, 600.0, 25.0, 3.8, 0.6, 0.0);
            }
            model.advance(state, stress, 0, 2);
            stress.reset(0, 2);
        }
        double closed0 = alphaCapByHand(4.2, 50.0) * Math.pow(500.0, 0.75);
        assertEquals(0.35334769, closed0, 1e-7); // 35 % after 500 days at 50 °C, 4.2 V
        assertEquals(closed0, state.calendarFade(0), 1e-9 * closed0);
        double closed1 = alphaCapByHand(3.8, 25.0) * Math.pow(500.0, 0.75);
        assertEquals(closed1, state.calendarFade(1), 1e-9 * closed1);
        double res0 = SchmalstiegNmcAgeing.alphaResistance(4.2, 323.15) * Math.pow(500.0, 0.75);
        assertEquals(1.0 + res0, state.resistanceFactor(0), 1e-9);
        assertEquals(1.0 - closed0, state.soh(0), 1e-9);
        assertEquals(0.0, state.cycleFade(0));
    }

    @Test
    void smallThroughputStepsReproduceSquareRootAndLinearCycleLaws() {
        AgeingState state = AgeingState.uniform(1, CAP_C);
        AgeingStress stress = new AgeingStress(1);
        double v = 3.8;
        double dod = 0.8;
        double qStepC = 0.01 * CAP_C; // 1 % SoC per 36 s interval (1C)
        double fade0 = 0.0;
        double growth0 = 0.0;
        int steps = 0;
        for (int cycle = 0; cycle < 201; cycle++) {
            if (cycle == 1) { // the tracker learns the depth during the first half-cycle; measure from here on
                fade0 = state.cycleFade(0);
                growth0 = state.cycleGrowth(0);
                steps = 0;
            }
            for (int dir = 0; dir < 2; dir++) {
                for (int k = 0; k < 80; k++) {
                    double socEnd = dir == 0 ? 0.9 - 0.01 * (k + 1) : 0.1 + 0.01 * (k + 1);
                    stress.accumulate(0, 36.0, 35.0, v, socEnd, qStepC / 36.0);
                    model.advance(state, stress, 0, 1);
                    stress.reset(0, 1);
                    steps++;
                }
            }
        }
        assertEquals(dod, state.cycleDepthEstimate(0), 1e-12);
        assertEquals(v, state.cycleVoltageEstimate(0), 1e-12);
        double dqAh = steps * 0.01 * 2.05;
        double beta = 7.348e-3 * (v - 3.667) * (v - 3.667) + 7.60e-4 + 4.081e-3 * dod;
        double betaRes = 2.153e-4 * (v - 3.725) * (v - 3.725) - 1.521e-5 + 2.798e-4 * dod;
        // sqrt law: L^2 grows by beta^2 per Ah, whatever the step size
        double expected = Math.sqrt(fade0 * fade0 + beta * beta * dqAh);
        assertEquals(expected, state.cycleFade(0), 1e-9 * expected);
        assertEquals(beta * Math.sqrt(dqAh), expected, 0.01 * expected); // the first half-cycle hardly matters
        assertEquals(growth0 + betaRes * dqAh, state.cycleGrowth(0), 1e-9 * state.cycleGrowth(0));
    }

    @Test
    void cycleLawIsExactWhenEveryIntervalIsAFullHalfCycle() {
        AgeingState state = AgeingState.uniform(1, 3.0 * 3600.0); // 3 Ah cell: throughput scaled to 2.05 Ah
        AgeingStress stress = new AgeingStress(1);
        double qHalf = 0.7 * 3.0 * 3600.0;
        for (int k = 0; k < 1000; k++) {
            double end = k % 2 == 0 ? 0.2 : 0.9;
            stress.setSegment(0, 2520.0, 35.0, 3.7, 3.75, 0.55, 0.2, 0.9, end, qHalf, 3.0);
            model.advance(state, stress, 0, 1);
        }
        double qRefAh = 1000 * 0.7 * 2.05; // equivalent full cycles × reference capacity
        double beta = 7.348e-3 * Math.pow(3.75 - 3.667, 2) + 7.60e-4 + 4.081e-3 * 0.7;
        assertEquals(beta * Math.sqrt(qRefAh), state.cycleFade(0), 1e-10);
        double betaRes = 2.153e-4 * Math.pow(3.75 - 3.725, 2) - 1.521e-5 + 2.798e-4 * 0.7;
        assertEquals(betaRes * qRefAh, state.cycleGrowth(0), 1e-10);
    }

    @Test
    void stressOrderChangesThePathButNotTheEndValue() {
        AgeingState hotFirst = AgeingState.uniform(1, CAP_C);
        AgeingState coldFirst = AgeingState.uniform(1, CAP_C);
        AgeingStress hot = new AgeingStress(1);
        AgeingStress cold = new AgeingStress(1);
        hot.setSegment(0, 100 * 86400.0, 45.0, 4.1, 4.1, 0.9, 0.9, 0.9, 0.9, 0.0, 0.0);
        cold.setSegment(0, 100 * 86400.0, 10.0, 4.1, 4.1, 0.9, 0.9, 0.9, 0.9, 0.0, 0.0);
        model.advance(hotFirst, hot, 0, 1);
        model.advance(coldFirst, cold, 0, 1);
        assertTrue(hotFirst.calendarFade(0) > 5 * coldFirst.calendarFade(0), "hot first ages earlier");
        model.advance(hotFirst, cold, 0, 1);
        model.advance(coldFirst, hot, 0, 1);
        assertEquals(hotFirst.calendarFade(0), coldFirst.calendarFade(0), 1e-12);
        // closed form of the state-transfer end value, and the naive sum that overestimates it
        double aHot = alphaCapByHand(4.1, 45.0);
        double aCold = alphaCapByHand(4.1, 10.0);
        double expected = Math.pow(Math.pow(aHot, 4.0 / 3) * 100 + Math.pow(aCold, 4.0 / 3) * 100, 0.75);
        assertEquals(expected, hotFirst.calendarFade(0), 1e-12);
        // naive summation of power laws is wrong: two 100-day halves at the same stress would give 2^0.25 too much
        double naive = aHot * Math.pow(100, 0.75) + aHot * Math.pow(100, 0.75);
        assertEquals(Math.pow(2.0, 0.25), naive / (aHot * Math.pow(200, 0.75)), 1e-12);
    }

    @Test
    void arrheniusAndVoltageMonotonicity() {
        double prev = 0.0;
        for (double c = -10.0; c <= 60.0; c += 5.0) {
            double a = SchmalstiegNmcAgeing.alphaCapacity(3.9, c + 273.15);
            assertTrue(a > prev, "alpha_cap must grow with temperature at " + c + " degC");
            prev = a;
        }
        assertTrue(SchmalstiegNmcAgeing.alphaCapacity(4.1, 300.0) > SchmalstiegNmcAgeing.alphaCapacity(3.6, 300.0));
        assertTrue(SchmalstiegNmcAgeing.betaCapacity(3.7, 1.0) > SchmalstiegNmcAgeing.betaCapacity(3.7, 0.2));
    }

    @Test
    void nonPositiveCoefficientMeansNoFurtherLoss() {
        AgeingState state = AgeingState.uniform(1, CAP_C);
        state.set(0, 0.05, 0.0, 0.02, 0.0);
        AgeingStress stress = new AgeingStress(1);
        stress.setSegment(0, 30 * 86400.0, 25.0, 3.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0); // below 3.149 V
        model.advance(state, stress, 0, 1);
        assertEquals(0.05, state.calendarFade(0));
        assertEquals(0.02, state.calendarGrowth(0));
        AgeingStress empty = new AgeingStress(1);
        model.advance(state, empty, 0, 1);
        assertEquals(0.95, state.soh(0), 1e-15);
    }

    @Test
    void nonFiniteStressIsReported() {
        AgeingState state = AgeingState.uniform(3, CAP_C);
        AgeingStress stress = new AgeingStress(3);
        stress.accumulate(2, 1.0, Double.NaN, 3.7, 0.5, 1.0);
        TwinException e = assertThrows(TwinException.class, () -> model.advance(state, stress, 0, 3));
        assertTrue(e.getMessage().contains("cell 2"), e.getMessage());
    }
}
