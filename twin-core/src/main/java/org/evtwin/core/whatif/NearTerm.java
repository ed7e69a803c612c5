package org.evtwin.core.whatif;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.evtwin.core.physics.LimitReason;

/**
 * The near term of a what-if: one fast charge of the forked pack, CC at the what-if C-rate and then CV at the cell's
 * maximum voltage, until the charge limit (see the package notes for the exact rules).
 *
 * @param startRule          where the charge started from
 * @param startSoc           pack SoC at the start (charge-weighted mean of the cells)
 * @param endSoc             pack SoC at the end
 * @param durationS          length of the charge [s]
 * @param endReason          why the charge ended, in words
 * @param peakTemperatureC   highest cell temperature seen, start included [degC]
 * @param peakCell           index of the cell that reached it
 * @param timeTo80S          time from the start until the pack reached 80 % SoC [s] (0 if it started there; NaN if
 *                           it never did)
 * @param timeTo80Note       why 80 % was not reached, or a remark such as "already at 85 % at the start"; "" otherwise
 * @param limitedS           time the BMS spent holding the current back, per {@link LimitReason} [s]
 *                           ({@link LimitReason#CELL_VOLTAGE_MAX} is the normal CV phase)
 * @param reasons            inline reasons for the user: what the cells could not meet (empty when all went as asked)
 * @param timeS              series: time since the start [s]
 * @param packSoc            series: pack SoC [0..1]
 * @param maxTemperatureC    series: hottest cell [degC]
 * @param heatPerCellJ       heat generated in the cells during the charge, per cell on average [J]
 * @param meanRiseKs         ∫(mean cell temperature − ambient) dt over the charge [K·s]
 * @param pickedRiseKs       ∫(picked cell temperature − ambient) dt over the charge [K·s]
 * @param stepS              solver step used [s]
 */
public record NearTerm(StartRule startRule, double startSoc, double endSoc, double durationS, String endReason,
        double peakTemperatureC, int peakCell, double timeTo80S, String timeTo80Note, Map<LimitReason, Double> limitedS,
        List<String> reasons, double[] timeS, double[] packSoc, double[] maxTemperatureC, double heatPerCellJ,
        double meanRiseKs, double pickedRiseKs, double stepS) {

    /** Where the fast charge starts. */
    public enum StartRule {
        /** From the pack's present SoC (it was below the charge limit). */
        PRESENT_SOC("from the present SoC"),
        /** The present SoC was at or above the charge limit: every cell moved down to the window's low end first. */
        WINDOW_LOW_END("from the window's low end (the present SoC is at or above the charge limit)");

        private final String description;

        StartRule(String description) {
            this.description = description;
        }

        /** In words, for the UI. */
        public String description() {
            return description;
        }
    }

    /** Copies the collections (the arrays are handed over: the record is built once and not changed after). */
    public NearTerm {
        limitedS = limitedS.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(limitedS));
        reasons = List.copyOf(reasons);
    }

    /** Time to 80 % pack SoC [s], empty if the charge never got there. */
    public OptionalDouble timeTo80() {
        return Double.isNaN(timeTo80S) ? OptionalDouble.empty() : OptionalDouble.of(timeTo80S);
    }

    /** Time the BMS held the current back for {@code reason} [s] (0 if never). */
    public double limitedS(LimitReason reason) {
        return limitedS.getOrDefault(reason, 0.0);
    }
}
