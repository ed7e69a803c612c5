package org.evtwin.core.physics.ageing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.DoubleUnaryOperator;

import org.evtwin.core.TwinException;
import org.junit.jupiter.api.Test;

class AgeingProjectionTest {
    /** Test assumption: a linear OCV for an NMC-like cell, 3.4 V empty to 4.2 V full. */
    private static final DoubleUnaryOperator LINEAR_OCV = x -> 3.4 + 0.8 * x;
    private static final double CAP_C = 50.0 * 3600.0;
    private final SchmalstiegNmcAgeing nmc = new SchmalstiegNmcAgeing();

    private static DutyCycle duty(double dod, double maxSoc, double storageSoc, int daysDriven, double tempC) {
        return new DutyCycle(CAP_C, dod, 0.25, 0.5, maxSoc, storageSoc, daysDriven, new double[] {tempC},
                LINEAR_OCV);
    }

    private static double alphaCap(double v, double celsius) {
        return (7.543 * v - 23.75) * 1e6 * Math.exp(-6976.0 / (celsius + 273.15));
    }

    @Test
    void oneYearOfStorageEqualsClosedForm() {
        AgeingProjection.Result r = AgeingProjection.project(nmc, duty(0.5, 0.9, 0.5, 0, 25.0), 1.0, 1);
        assertEquals(366, r.timeDays().length);
        assertEquals(365.0, r.timeDays()[365]);
        // storage at SoC 0.5 → 3.8 V, 25 degC: fade = α·365^0.75
        double expected = alphaCap(3.8, 25.0) * Math.pow(365.0, 0.75);
        assertEquals(0.0282908, expected, 1e-7); // 2.83 % per year
        assertEquals(1.0 - expected, r.finalSoh(), 1e-12);
        assertTrue(Double.isNaN(r.daysTo80()));
        assertTrue(r.yearsTo80().isEmpty() && r.yearsTo70().isEmpty());
    }

    @Test
    void oneYearOfDailyDrivingEqualsHandCalculation() {
        double dod = 0.5;
        double hi = 0.9;
        AgeingProjection.Result r = AgeingProjection.project(nmc, duty(dod, hi, 0.5, 365, 20.0), 1.0, 7);
        assertEquals(365 / 7 + 2, r.timeDays().length); // start, 52 weekly points, the end
        // calendar: L^(4/3) adds α_s^(4/3)·Δt_s per segment (order-free), Δt in days
        double driveDays = dod / 0.25 / 24.0;
        double chargeDays = dod / 0.5 / 24.0;
        double vMean = 3.4 + 0.8 * (hi - dod / 2);
        double aSwing = alphaCap(vMean, 20.0);
        double aRest = alphaCap(3.4 + 0.8 * hi, 20.0);
        double sum = 365 * (Math.pow(aSwing, 4.0 / 3) * (driveDays + chargeDays)
                + Math.pow(aRest, 4.0 / 3) * (1.0 - driveDays - chargeDays));
        double calendar = Math.pow(sum, 0.75);
        // cycle: RMS of a linear OCV over the swing = sqrt(mean^2 + (0.8·dod)^2/12); Q = 365·2·dod·2.05 Ah
        double vRms = Math.sqrt(vMean * vMean + Math.pow(0.8 * dod, 2) / 12.0);
        double beta = 7.348e-3 * Math.pow(vRms - 3.667, 2) + 7.60e-4 + 4.081e-3 * dod;
        double cycle = beta * Math.sqrt(365 * 2 * dod * 2.05);
        assertEquals(1.0 - calendar - cycle, r.finalSoh(), 1e-10);
        double betaRes = 2.153e-4 * Math.pow(vRms - 3.725, 2) - 1.521e-5 + 2.798e-4 * dod;
        double resCal = Math.pow(365 * (Math.pow(alphaRes(vMean), 4.0 / 3) * (driveDays + chargeDays)
                + Math.pow(alphaRes(3.4 + 0.8 * hi), 4.0 / 3) * (1.0 - driveDays - chargeDays)), 0.75);
        double[] rf = r.resistanceFactor();
        assertEquals(1.0 + resCal + betaRes * 365 * 2 * dod * 2.05, rf[rf.length - 1], 1e-10);
    }

    private static double alphaRes(double v) {
        return (5.270 * v - 16.32) * 1e5 * Math.exp(-5986.0 / (20.0 + 273.15));
    }

    @Test
    void higherStorageSocOrTemperatureShortensTimeTo80() {
        double low = AgeingProjection.project(nmc, duty(0.3, 0.8, 0.3, 200, 30.0), 40.0, 7).daysTo80();
        double high = AgeingProjection.project(nmc, duty(0.3, 0.8, 1.0, 200, 30.0), 40.0, 7).daysTo80();
        assertFalse(Double.isNaN(low));
        assertTrue(high < 0.9 * low, "storage at 100 % SoC: " + high + " d, at 30 %: " + low + " d");
        double cool = AgeingProjection.project(nmc, duty(0.3, 0.8, 0.5, 300, 15.0), 40.0, 7).daysTo80();
        double hot = AgeingProjection.project(nmc, duty(0.3, 0.8, 0.5, 300, 35.0), 40.0, 7).daysTo80();
        assertTrue(hot < 0.5 * cool, "35 degC: " + hot + " d, 15 degC: " + cool + " d");
        AgeingProjection.Result r = AgeingProjection.project(nmc, duty(0.3, 0.8, 0.5, 300, 35.0), 40.0, 7);
        assertTrue(r.daysTo70() > r.daysTo80());
        assertEquals(r.daysTo80() / 365.0, r.yearsTo80().orElseThrow(), 1e-12);
    }

    @Test
    void monthlyTemperaturesAndLfpModelRun() {
        double[] monthly = {0, 2, 6, 10, 15, 19, 22, 21, 17, 11, 6, 1};
        DutyCycle d = new DutyCycle(CAP_C, 0.4, 0.3, 1.0, 1.0, 0.6, 250, monthly, x -> 3.2 + 0.15 * x);
        AgeingProjection.Result lfp = AgeingProjection.project(new WangLfpAgeing(), d, 10.0, 30);
        assertTrue(lfp.finalSoh() < 1.0 && lfp.finalSoh() > 0.5, "soh " + lfp.finalSoh());
        double[] soh = lfp.soh();
        for (int k = 1; k < soh.length; k++) {
            assertTrue(soh[k] <= soh[k - 1], "SoH never increases");
        }
        DutyCycle hot = new DutyCycle(CAP_C, 0.4, 0.3, 1.0, 1.0, 0.6, 250, new double[] {30.0}, x -> 3.2 + 0.15 * x);
        assertTrue(AgeingProjection.project(new WangLfpAgeing(), hot, 10.0, 30).finalSoh() < lfp.finalSoh());
    }

    @Test
    void twentyYearsRunWellUnderASecond() {
        DutyCycle d = duty(0.4, 0.9, 0.6, 300, 25.0);
        AgeingProjection.project(nmc, d, 1.0, 1); // warm-up
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> AgeingProjection.project(nmc, d, 20.0, 1));
    }

    @Test
    void swingVoltagesMatchFineTrapezoid() {
        DoubleUnaryOperator ocv = x -> 3.0 + 1.2 * x - 0.9 * x * x + 0.8 * x * x * x + 0.05 * Math.sin(9 * x);
        double[] mr = AgeingProjection.swingVoltages(ocv, 0.1, 0.95);
        int n = 200_000;
        double h = 0.85 / n;
        double s1 = 0.0;
        double s2 = 0.0;
        for (int k = 0; k <= n; k++) {
            double v = ocv.applyAsDouble(0.1 + k * h);
            double w = (k == 0 || k == n) ? 0.5 : 1.0;
            s1 += w * v * h;
            s2 += w * v * v * h;
        }
        assertEquals(s1 / 0.85, mr[0], 1e-8);
        assertEquals(Math.sqrt(s2 / 0.85), mr[1], 1e-8);
    }

    @Test
    void invalidInputsAreReported() {
        assertThrows(TwinException.class, () -> duty(0.95, 0.9, 0.5, 300, 25.0)); // dod > maxSoc
        assertThrows(TwinException.class, () -> duty(0.5, 0.9, 0.5, 400, 25.0));
        assertThrows(TwinException.class, () -> new DutyCycle(CAP_C, 0.5, 0.01, 0.01, 0.9, 0.5, 300,
                new double[] {25.0}, LINEAR_OCV)); // 100 h of driving and charging a day
        assertThrows(TwinException.class, () -> new DutyCycle(CAP_C, 0.5, 0.25, 0.5, 0.9, 0.5, 300,
                new double[] {25.0, 26.0}, LINEAR_OCV));
        assertThrows(TwinException.class,
                () -> AgeingProjection.project(nmc, duty(0.5, 0.9, 0.5, 300, 25.0), 0.0, 1));
        DutyCycle nanOcv = new DutyCycle(CAP_C, 0.5, 0.25, 0.5, 0.9, 0.5, 300, new double[] {25.0}, x -> Double.NaN);
        assertThrows(TwinException.class, () -> AgeingProjection.project(nmc, nanOcv, 1.0, 1));
        assertEquals(0.25, DutyCycle.dodFromDailyEnergy(0.25 * CAP_C * 3.7, CAP_C, 3.7), 1e-12);
    }
}
