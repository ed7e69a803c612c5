package org.evtwin.core.physics;

/**
 * Round-robin schedule of the per-cell table look-ups (R0, R1, C1, R2, C2, OCV temperature row, age-dependent OCV
 * shift; ADR 0003): each step
 * looks up enough cells that every cell is refreshed at least once per refresh interval of simulated time.
 */
final class CoefficientRefresh {
    private final PackState s;
    private final EcmCoefficients k;
    private double intervalS = 5.0;
    private int cursor;
    private double carry;

    CoefficientRefresh(PackState s, EcmCoefficients k) {
        this.s = s;
        this.k = k;
    }

    double intervalS() {
        return intervalS;
    }

    /** Simulated seconds within which every cell is looked up again; 0 = every step. */
    void setIntervalS(double seconds) {
        intervalS = seconds;
    }

    /** Looks up this step's share of the cells for a step of {@code dtS} (the fraction left over is carried). */
    void advance(double dtS) {
        double share = intervalS <= 0 ? s.cells : s.cells * dtS / intervalS + carry;
        int count = (int) Math.min(s.cells, Math.floor(share));
        carry = intervalS <= 0 ? 0 : share - count;
        for (int c = 0; c < count; c++) {
            cell(cursor);
            cursor = cursor + 1 == s.cells ? 0 : cursor + 1;
        }
    }

    /** Looks one cell up now, at its present SoC, temperature, resistance scale and capacity (SoH). */
    void cell(int i) {
        k.refresh(i, s.soc[i], s.temperatureC[i], s.resistanceScale(i), s.capacityScale[i] * s.soh[i]);
    }

    /** Looks every cell up now (after a bulk change such as ageing or a copy). */
    void all() {
        for (int i = 0; i < s.cells; i++) {
            cell(i);
        }
    }
}
