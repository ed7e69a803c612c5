package org.evtwin.core.physics.ageing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;

class AgeingStressAndTrackerTest {

    @Test
    void accumulateGivesTimeAndThroughputWeightedMeans() {
        AgeingStress s = new AgeingStress(2);
        s.accumulate(1, 10.0, 20.0, 3.6, 0.50, 2.0);
        s.accumulate(1, 30.0, 40.0, 4.0, 0.48, 0.0);
        s.accumulate(1, 10.0, 30.0, 3.8, 0.49, -4.0);
        assertEquals(50.0, s.elapsedS(1));
        assertEquals((200.0 + 1200.0 + 300.0) / 50.0, s.meanTemperatureC(1), 1e-12);
        assertEquals((36.0 + 120.0 + 38.0) / 50.0, s.meanVoltageV(1), 1e-12);
        assertEquals(60.0, s.throughputC(1), 1e-12);
        assertEquals((2.0 * 20.0 + 4.0 * 40.0) / 60.0, s.flowingCurrentA(1), 1e-12); // rests do not dilute it
        assertEquals(Math.sqrt((3.6 * 3.6 * 20.0 + 3.8 * 3.8 * 40.0) / 60.0), s.rmsVoltageV(1), 1e-12);
        assertEquals(0.48, s.socMin(1));
        assertEquals(0.50, s.socMax(1));
        assertEquals(0.49, s.socEnd(1));
        assertEquals(0.0, s.elapsedS(0));
        s.reset(0, 2);
        assertEquals(0.0, s.elapsedS(1));
        assertEquals(0.0, s.throughputC(1));
        assertTrue(Double.isNaN(s.socEnd(1)));
    }

    @Test
    void trackerFindsDriveDepthDespiteRegenBlipsAndLearnsItForTheNextHalfCycle() {
        AgeingState state = AgeingState.uniform(1, 3600.0);
        AgeingStress s = new AgeingStress(1);
        SchmalstiegNmcAgeing model = new SchmalstiegNmcAgeing();
        double soc = 0.9;
        for (int k = 0; k < 700; k++) { // drive down by 0.1 % per 3.6 s step, with a 0.5 % regen blip every 100 steps
            soc -= 0.001;
            double amps = 1.0;
            if (k % 100 == 50) {
                soc += 0.005;
                amps = -5.0;
            }
            s.accumulate(0, 3.6, 25.0, 3.7, soc, amps);
            model.advance(state, s, 0, 1);
            s.reset(0, 1);
        }
        // net swing: 700 × 0.1 % down, 7 blips × 0.5 % up = 0.665; one half-cycle, the blips did not split it
        assertEquals(0.9 - 0.665, soc, 1e-9);
        assertEquals(0.665 - 0.001, state.cycleDepthEstimate(0), 1e-9); // from the first SoC seen, 0.899
        // charge: the first few steps of the new half-cycle already use the learnt depth
        for (int k = 0; k < 30; k++) {
            soc += 0.001;
            s.accumulate(0, 3.6, 25.0, 3.7, soc, -1.0);
            model.advance(state, s, 0, 1);
            s.reset(0, 1);
        }
        assertEquals(0.664, state.cycleDepthEstimate(0), 1e-9); // reversal seen after 2 %; previous depth still used
    }

    @Test
    void fineSolverStepsAgreeWithCycleLevelProjection() {
        DoubleUnaryOperator ocv = x -> 3.45 + 0.55 * x + 0.15 * x * x;
        double cap = 3.0 * 3600.0;
        DutyCycle duty = new DutyCycle(cap, 0.6, 0.5, 0.3, 0.9, 0.9, 365, new double[] {30.0}, ocv);
        SchmalstiegNmcAgeing model = new SchmalstiegNmcAgeing();
        AgeingProjection.Result projected = AgeingProjection.project(model, duty, 60.0 / 365.0, 1);

        AgeingState state = AgeingState.uniform(1, cap);
        AgeingStress s = new AgeingStress(1);
        double dt = 10.0;
        int driveSteps = (int) Math.round(0.6 / 0.5 * 3600.0 / dt);
        int chargeSteps = (int) Math.round(0.6 / 0.3 * 3600.0 / dt);
        int daySteps = (int) (86400.0 / dt);
        for (int day = 0; day < 60; day++) {
            double soc = 0.9;
            for (int k = 0; k < daySteps; k++) {
                double amps = 0.0;
                if (k < driveSteps) {
                    amps = 0.5 * cap / 3600.0;
                } else if (k < driveSteps + chargeSteps) {
                    amps = -0.3 * cap / 3600.0;
                }
                double socStart = soc;
                soc -= amps * dt / cap;
                double vMid = ocv.applyAsDouble(0.5 * (socStart + soc));
                s.accumulate(0, dt, 30.0, vMid, soc, amps);
                if (k % 6 == 5) { // advance every minute
                    model.advance(state, s, 0, 1);
                    s.reset(0, 1);
                }
            }
            model.advance(state, s, 0, 1);
            s.reset(0, 1);
        }
        double fadeFine = 1.0 - state.soh(0);
        double fadeProj = 1.0 - projected.finalSoh();
        assertEquals(fadeProj, fadeFine, 0.01 * fadeProj, "fine " + fadeFine + " vs projected " + fadeProj);
        double growthProj = projected.resistanceFactor()[projected.resistanceFactor().length - 1] - 1.0;
        assertEquals(growthProj, state.resistanceFactor(0) - 1.0, 0.02 * growthProj);
    }

    @Test
    void stateRejectsBadCapacityAndRestores() {
        assertThrows(TwinException.class, () -> new AgeingState(new double[] {3600.0, 0.0}));
        AgeingState st = AgeingState.uniform(2, 3600.0);
        st.set(1, 0.1, 0.05, 0.2, 0.1);
        assertEquals(0.85, st.soh(1), 1e-15);
        assertEquals(1.3, st.resistanceFactor(1), 1e-15);
        assertThrows(TwinException.class, () -> st.set(0, -0.1, 0.0, 0.0, 0.0));
        assertEquals(1.0, st.soh(0));
    }
}
