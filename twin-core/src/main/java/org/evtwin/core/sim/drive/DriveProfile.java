package org.evtwin.core.sim.drive;

import java.util.Arrays;
import java.util.Objects;
import org.evtwin.core.TwinException;

/**
 * An immutable, sampled time series that drives a simulation: vehicle speed, battery current or battery power
 * versus time, in SI units.
 *
 * <p>Samples are stored as two parallel arrays (time strictly increasing, values finite); the arrays are copied on
 * the way in and never exposed, so a profile can be shared between threads. Current and power follow the core's
 * sign convention: positive = the battery <em>discharges</em>, negative = it is charged (regenerative braking).
 * Speeds are never negative (the vehicle model drives forward only).
 *
 * <p>Between samples {@link #valueAt(double)} interpolates linearly. Outside the sampled span it holds the first or
 * last value (zero-order hold), so a cycle that starts and ends at rest reads as "at rest" before and after it;
 * callers that must not run past the end check {@link #endS()}.
 */
public final class DriveProfile {

    /** What the values mean, and their SI unit. */
    public enum Kind {
        /** Vehicle speed, m/s, never negative. */
        SPEED_M_PER_S("m/s"),
        /** Battery current, A, positive = discharge. */
        CURRENT_A("A"),
        /** Battery power, W, positive = discharge. */
        POWER_W("W");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        /** The SI unit symbol of the values, e.g. {@code "m/s"}. */
        public String unit() {
            return unit;
        }
    }

    private final String name;
    private final Kind kind;
    private final String source;
    private final double[] timeS;
    private final double[] values;

    /**
     * Creates a profile after validating it.
     *
     * @param name   short display name, not blank (e.g. {@code "UDDS"})
     * @param kind   what the values are
     * @param source where the samples came from (file, repository, licence), not null; may be empty
     * @param timeS  sample times in seconds, finite and strictly increasing, at least two samples
     * @param values sample values in the SI unit of {@code kind}, finite, same length as {@code timeS}
     * @throws TwinException naming the profile and the rule that failed
     */
    public DriveProfile(String name, Kind kind, String source, double[] timeS, double[] values) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(timeS, "timeS");
        Objects.requireNonNull(values, "values");
        if (name == null || name.isBlank()) {
            throw new TwinException("drive profile: field 'name' is blank (rule: a profile needs a name)");
        }
        if (timeS.length != values.length) {
            throw fail(name, "timeS has " + timeS.length + " samples but values has " + values.length,
                    "timeS and values have the same length");
        }
        if (timeS.length < 2) {
            throw fail(name, "only " + timeS.length + " sample(s)", "a profile has at least 2 samples");
        }
        for (int i = 0; i < timeS.length; i++) {
            if (!Double.isFinite(timeS[i])) {
                throw fail(name, "timeS[" + i + "] = " + timeS[i], "times are finite");
            }
            if (i > 0 && !(timeS[i] > timeS[i - 1])) {
                throw fail(name, "timeS[" + i + "] = " + timeS[i] + " s is not after timeS[" + (i - 1) + "] = "
                        + timeS[i - 1] + " s", "time is strictly increasing");
            }
            if (!Double.isFinite(values[i])) {
                throw fail(name, "values[" + i + "] = " + values[i], "values are finite");
            }
            if (kind == Kind.SPEED_M_PER_S && values[i] < 0.0) {
                throw fail(name, "values[" + i + "] = " + values[i] + " m/s", "speed is >= 0");
            }
        }
        this.name = name;
        this.kind = kind;
        this.source = source;
        this.timeS = timeS.clone();
        this.values = values.clone();
    }

    private static TwinException fail(String name, String what, String rule) {
        return new TwinException("drive profile '" + name + "': " + what + " (rule: " + rule + ")");
    }

    /**
     * The same samples under another name and source description.
     *
     * @param newName   the new name, not blank
     * @param newSource the new source description
     * @return a new profile; this one is unchanged
     */
    public DriveProfile withDescription(String newName, String newSource) {
        return new DriveProfile(newName, kind, newSource, timeS, values);
    }

    /** The display name, e.g. {@code "UDDS"}. */
    public String name() {
        return name;
    }

    /** What the values are, which fixes their unit. */
    public Kind kind() {
        return kind;
    }

    /** Where the samples came from (file or resource, upstream repository, licence). */
    public String source() {
        return source;
    }

    /** Number of samples (at least 2). */
    public int size() {
        return timeS.length;
    }

    /** Time of sample {@code i}, s. */
    public double timeS(int i) {
        return timeS[i];
    }

    /** Value of sample {@code i}, in the unit of {@link #kind()}. */
    public double value(int i) {
        return values[i];
    }

    /** A copy of the sample times, s. */
    public double[] timesS() {
        return timeS.clone();
    }

    /** A copy of the sample values. */
    public double[] values() {
        return values.clone();
    }

    /** Time of the first sample, s. */
    public double startS() {
        return timeS[0];
    }

    /** Time of the last sample, s. */
    public double endS() {
        return timeS[timeS.length - 1];
    }

    /** Length of the sampled span, {@code endS() - startS()}, s. */
    public double durationS() {
        return endS() - startS();
    }

    /** Largest sample value. */
    public double maxValue() {
        return Arrays.stream(values).max().orElseThrow();
    }

    /** Smallest sample value. */
    public double minValue() {
        return Arrays.stream(values).min().orElseThrow();
    }

    /**
     * The value at time {@code tS}: linear interpolation between the two neighbouring samples, the first/last
     * sample held outside the sampled span.
     *
     * @param tS time, s
     * @return the value in the unit of {@link #kind()}
     * @throws IllegalArgumentException if {@code tS} is NaN (a programming error, not a data error)
     */
    public double valueAt(double tS) {
        if (Double.isNaN(tS)) {
            throw new IllegalArgumentException("tS is NaN");
        }
        if (tS <= timeS[0]) {
            return values[0];
        }
        int last = timeS.length - 1;
        if (tS >= timeS[last]) {
            return values[last];
        }
        int k = Arrays.binarySearch(timeS, tS);
        if (k >= 0) {
            return values[k];
        }
        int hi = -k - 1; // first sample after tS; 1 <= hi <= last
        int lo = hi - 1;
        double w = (tS - timeS[lo]) / (timeS[hi] - timeS[lo]);
        return values[lo] + w * (values[hi] - values[lo]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DriveProfile p && name.equals(p.name) && kind == p.kind && source.equals(p.source)
                && Arrays.equals(timeS, p.timeS) && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, source, Arrays.hashCode(timeS), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "DriveProfile[" + name + ", " + kind + ", " + timeS.length + " samples, " + startS() + ".." + endS()
                + " s]";
    }
}
