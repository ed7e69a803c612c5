package org.evtwin.core.fit;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.data.BitrodeRecord;
import org.evtwin.core.data.BitrodeRecord.StepRun;

/**
 * The structure of an ORNL HPPC log: after a CC-CV charge and a 1 h rest (the "full" point, SoC = 1), each level is
 * a 30 s discharge pulse, 40 s rest, 10 s regen pulse, a 10 A discharge of about 10 % SoC and a 1 h rest, until the
 * 3.0 V cut-off ends the test. Levels are found from the data (a rest of at least {@value #LONG_REST_S} s followed by
 * a discharge pulse of at most {@value #PULSE_MAX_S} s), not from step numbers.
 *
 * @param record       the log
 * @param anchors      sample index of the last sample of each long rest that precedes a pulse (index 0 = full)
 * @param pulseStarts  sample index of the first sample of each level's discharge pulse
 * @param regenEnds    sample index of the last sample of each level's regen pulse
 * @param discharged   charge delivered since the full anchor at each sample [C] (positive = discharged)
 */
public record HppcTest(BitrodeRecord record, int[] anchors, int[] pulseStarts, int[] regenEnds, double[] discharged) {
    /** Minimum duration of the rest that precedes a level [s]. */
    public static final double LONG_REST_S = 3000;
    /** Maximum duration of a discharge pulse [s]. */
    public static final double PULSE_MAX_S = 60;

    public static HppcTest of(BitrodeRecord r) {
        List<StepRun> runs = r.stepRuns();
        List<Integer> anchors = new ArrayList<>();
        List<Integer> pulses = new ArrayList<>();
        List<Integer> regens = new ArrayList<>();
        for (int k = 0; k + 3 < runs.size(); k++) {
            StepRun rest = runs.get(k);
            StepRun pulse = runs.get(k + 1);
            if (!rest.mode().equals("REST") || !pulse.mode().equals("DCHG")) {
                continue;
            }
            double restLen = r.time(rest.last()) - r.time(rest.first());
            double pulseLen = r.time(pulse.last()) - r.time(rest.last());
            if (restLen < LONG_REST_S || pulseLen > PULSE_MAX_S) {
                continue;
            }
            StepRun regen = runs.get(k + 3);
            if (!runs.get(k + 2).mode().equals("REST") || !regen.mode().equals("CHRG")) {
                throw new TwinException(r.file() + ": line " + r.line()[pulse.last()]
                        + ": HPPC pulse not followed by rest and regen pulse");
            }
            anchors.add(rest.last());
            pulses.add(pulse.first());
            regens.add(regen.last());
        }
        if (anchors.size() < 3) {
            throw new TwinException(r.file() + ": no HPPC structure found (need >= 3 levels of 1 h rest + pulse, found "
                    + anchors.size() + ")");
        }
        double[] q = r.series().dischargedCoulomb();
        double q0 = q[anchors.get(0)];
        for (int i = 0; i < q.length; i++) {
            q[i] -= q0;
        }
        return new HppcTest(r, anchors.stream().mapToInt(Integer::intValue).toArray(),
                pulses.stream().mapToInt(Integer::intValue).toArray(),
                regens.stream().mapToInt(Integer::intValue).toArray(), q);
    }

    public int levels() {
        return anchors.length;
    }

    /** Charge delivered from the full anchor to the last sample of the log [C] (the test ends at the cut-off). */
    public double capacityCoulomb() {
        return discharged[discharged.length - 1];
    }

    /** Rest voltage at anchor {@code k} [V] (end of a 1 h rest = OCV estimate). */
    public double anchorVoltage(int k) {
        return record.voltage(anchors[k]);
    }

    /** Charge delivered at anchor {@code k} [C]. */
    public double anchorDischarged(int k) {
        return discharged[anchors[k]];
    }
}
