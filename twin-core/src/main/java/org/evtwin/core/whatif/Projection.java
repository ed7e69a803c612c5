package org.evtwin.core.whatif;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The long term of a what-if for one subject (the pack's mean cell, or the picked cell): SoH over the coming years of
 * a repeating daily duty, from {@link org.evtwin.core.physics.ageing.AgeingProjection}, started at the subject's
 * present SoH (see the package notes: equivalent age).
 *
 * @param subject          "pack" or "cell 17"
 * @param cellTemperatureC cell temperature used for the whole projection: ambient + daily-mean self-heating [degC]
 * @param selfHeatingK     the self-heating part of it [K]
 * @param dodPerDay        depth of discharge of a driven day [fraction of nominal capacity]
 * @param chargeCRate      daily charge C-rate of this subject [1/h]
 * @param dischargeCRate   mean C-rate while driving [1/h]
 * @param drivenDaysPerYear driven days a year
 * @param startSoh         SoH now (the first point)
 * @param timeYears        time of each point [years from now]
 * @param soh              SoH at each point
 * @param resistanceFactor resistance relative to beginning of life at each point
 * @param yearsTo80        years from now until SoH 0.8 (0 if already below; NaN if not within the horizon)
 * @param yearsTo70        years from now until SoH 0.7 (0 if already below; NaN if not within the horizon)
 * @param notes            remarks the user should see (a capped depth, a fallback), possibly empty
 */
public record Projection(String subject, double cellTemperatureC, double selfHeatingK, double dodPerDay,
        double chargeCRate, double dischargeCRate, int drivenDaysPerYear, double startSoh, double[] timeYears,
        double[] soh, double[] resistanceFactor, double yearsTo80, double yearsTo70, List<String> notes) {

    /** Copies the notes. */
    public Projection {
        notes = List.copyOf(notes);
    }

    /** Years until SoH 0.8, empty if not within the horizon. */
    public OptionalDouble years80() {
        return Double.isNaN(yearsTo80) ? OptionalDouble.empty() : OptionalDouble.of(yearsTo80);
    }

    /** Years until SoH 0.7, empty if not within the horizon. */
    public OptionalDouble years70() {
        return Double.isNaN(yearsTo70) ? OptionalDouble.empty() : OptionalDouble.of(yearsTo70);
    }

    /** SoH at the end of the horizon. */
    public double finalSoh() {
        return soh[soh.length - 1];
    }

    /** Length of the projection [years]. */
    public double horizonYears() {
        return timeYears[timeYears.length - 1];
    }
}
