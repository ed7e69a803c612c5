package org.evtwin.core.physics.ageing;

/**
 * Causal half-cycle tracker: turns the per-interval SoC range the solver reports (intervals of a few seconds, whose
 * own min/max span is tiny) into the depth of discharge and cycle voltage of the half-cycle the throughput belongs
 * to, as cycle laws like Schmalstieg's expect.
 *
 * <p>A half-cycle runs from a reversal point {@code ref} to the running extreme {@code ext}; a reversal is declared
 * when the SoC at the end of an interval has retreated more than {@link #HYSTERESIS} from the extreme (so regen
 * blips inside a drive do not split it). Throughput-weighted V² is summed per half-cycle. The estimate used for an
 * interval is the current half-cycle if it is already at least as deep as the previous one, otherwise the previous
 * (completed) half-cycle: for a repeating duty that is the depth and voltage of the cycle being run, known before it
 * completes. Known bias: after a change from deep to shallow cycling, the first shallow half-cycle is charged at the
 * old, deeper depth (conservative); the first half-cycle of a cell uses its depth so far.
 */
final class CycleTracker {
    /**
     * SoC retreat that counts as a reversal. ASSUMPTION (engineering choice, not from the ageing literature): 2 %
     * SoC, larger than regen-braking blips within a drive, smaller than any cycle worth counting.
     */
    static final double HYSTERESIS = 0.02;

    private CycleTracker() {
    }

    /**
     * Updates cell {@code i}'s tracker with an interval of SoC range {@code [lo, hi]} ending at {@code end}, which
     * moved {@code q} coulomb with Σ V²·|I|·dt = {@code v2q}; stores the estimates in {@code s.estDepth[i]} and
     * {@code s.estVrms[i]} ({@code fallbackV} is used while no throughput-weighted voltage is known).
     */
    static void update(AgeingState s, int i, double lo, double hi, double end, double q, double v2q,
            double fallbackV) {
        if (!(hi >= lo) || Double.isNaN(end)) {
            return; // empty interval
        }
        if (Double.isNaN(s.trkRef[i])) {
            // first interval: assume it started at the extreme farther from where it ended
            s.trkRef[i] = (end - lo <= hi - end) ? hi : lo;
            s.trkExt[i] = s.trkRef[i];
        }
        int dir = s.trkDir[i];
        if (dir == 0) {
            double up = hi - s.trkRef[i];
            double down = s.trkRef[i] - lo;
            s.trkExt[i] = up >= down ? Math.max(s.trkExt[i], hi) : Math.min(s.trkExt[i], lo);
            if (Math.max(up, down) > HYSTERESIS) {
                dir = up >= down ? 1 : -1;
            }
        } else if (dir > 0) {
            s.trkExt[i] = Math.max(s.trkExt[i], hi);
            if (s.trkExt[i] - end > HYSTERESIS) {
                reverse(s, i, end);
                dir = -1;
            }
        } else {
            s.trkExt[i] = Math.min(s.trkExt[i], lo);
            if (end - s.trkExt[i] > HYSTERESIS) {
                reverse(s, i, end);
                dir = 1;
            }
        }
        s.trkDir[i] = (byte) dir;
        if (q > 0.0) {
            s.trkCurQ[i] += q;
            s.trkCurV2Q[i] += v2q;
        }
        double curDepth = Math.min(1.0, Math.abs(s.trkExt[i] - s.trkRef[i]));
        double lastDepth = s.trkLastDepth[i];
        if (Double.isNaN(lastDepth) || curDepth >= lastDepth) {
            s.estDepth[i] = curDepth;
            s.estVrms[i] = s.trkCurQ[i] > 0.0 ? Math.sqrt(s.trkCurV2Q[i] / s.trkCurQ[i]) : fallbackV;
        } else {
            s.estDepth[i] = lastDepth;
            s.estVrms[i] = Double.isNaN(s.trkLastVrms[i]) ? fallbackV : s.trkLastVrms[i];
        }
    }

    private static void reverse(AgeingState s, int i, double end) {
        s.trkLastDepth[i] = Math.min(1.0, Math.abs(s.trkExt[i] - s.trkRef[i]));
        s.trkLastVrms[i] = s.trkCurQ[i] > 0.0 ? Math.sqrt(s.trkCurV2Q[i] / s.trkCurQ[i]) : Double.NaN;
        s.trkRef[i] = s.trkExt[i];
        s.trkExt[i] = end;
        s.trkCurQ[i] = 0.0;
        s.trkCurV2Q[i] = 0.0;
    }
}
