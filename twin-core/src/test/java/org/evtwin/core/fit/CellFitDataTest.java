package org.evtwin.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.EcmParameters;
import org.junit.jupiter.api.Test;

/**
 * Fits on the real data (skipped without {@code twin.shared.dir}). Bounds sit a little above what the fit reached
 * when it was written (see docs/validation/fit-report.txt): HPPC RMSE 1.92/1.41/2.07 mV at 10/25/40 degC with the
 * diffusion lag (τ_d 238 s, k·τ_d 33.8 s at 25 degC), the final 10 A discharge of the 25 degC test 1.85 mV with the
 * lag against 6.36 mV without, NASA discharge 10.3 mV, charge 3.9 mV, thermal: Leaf 1C rest 0.134 K and whole record
 * 0.88 K (split identification), NASA 0.59 K.
 */
class CellFitDataTest {
    @Test
    void leafFit() {
        Path raw = SharedData.rawRoot();
        FitResult r = LeafCellFit.fit(raw.resolve(LeafCellFit.DATASET), s -> { });
        CellParameters c = r.params();
        assertEquals(30.5, c.capacityAh(), 0.1);
        assertTrue(r.residuals().get("hppc10_rmse_v") <= 0.0025, r.report());
        assertTrue(r.residuals().get("hppc25_rmse_v") <= 0.0016, r.report());
        assertTrue(r.residuals().get("hppc40_rmse_v") <= 0.0023, r.report());
        // diffusion lag, identified on the 25 degC HPPC: it explains the final 10 A discharge into the OCV knee
        EcmParameters.Diffusion lag = c.ecm().diffusion();
        assertTrue(lag != null && lag.timeConstantS() > 150 && lag.timeConstantS() < 400, r.report());
        assertEquals(33.8, lag.steadyLagS(25), 5.0, r.report());
        assertTrue(r.residuals().get("hppc25_final_discharge_rmse_v")
                < 0.4 * r.residuals().get("hppc25_final_discharge_rmse_no_lag_v"), r.report());
        // thermal: m*cp from the rest after the 1C discharge, h*A from its energy balance; the rest selects constant h
        assertTrue(r.residuals().get("thermal_1c_rest_rmse_k") <= 0.15, r.report());
        assertTrue(r.residuals().get("thermal_1c_rmse_k") <= 0.95, r.report());
        assertEquals(1.0, r.residuals().get(FitResult.EXPONENT_KEY), 0.0, r.report());
        assertEquals(0.0, r.residuals().get(FitResult.EMISSIVITY_KEY), 0.0, r.report());
        EcmParameters e = c.ecm();
        // R0 at 50 % SoC falls with temperature; the measured 25 degC value is about 1.57 mOhm
        double r10 = e.r0(0.5, 10);
        double r25 = e.r0(0.5, 25);
        double r40 = e.r0(0.5, 40);
        assertTrue(r10 > r25 && r25 > r40, r10 + " " + r25 + " " + r40);
        assertEquals(1.57e-3, r25, 0.1e-3);
        assertEquals(4.18, e.ocv(1.0, 25), 0.01);
        double h = FitResult.identifiedH(c);
        assertTrue(h > 5 && h < 20, "h " + h);
    }

    @Test
    void nasaFit() {
        Path raw = SharedData.rawRoot();
        FitResult r = NasaCellFit.fit(raw.resolve(NasaCellFit.DATASET), s -> { });
        assertEquals(1.8565, r.params().capacityAh(), 1e-4);
        assertTrue(r.residuals().get("discharge1_rmse_v") <= 0.012, r.report());
        assertTrue(r.residuals().get("charge1_rmse_v") <= 0.005, r.report());
        assertTrue(r.residuals().get("thermal_discharge1_rmse_k") <= 0.7, r.report());
        assertEquals(4.2, r.params().ecm().ocv(1.0, 24), 0.02);
        assertTrue(!r.params().ecm().hasDiffusion(), "no lag: the NASA records have no pulses or rests to identify it");
    }
}
