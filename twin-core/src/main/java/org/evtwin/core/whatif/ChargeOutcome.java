package org.evtwin.core.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evtwin.core.model.CellLimits;
import org.evtwin.core.physics.LimitReason;

/**
 * How a fast charge ended, turned into words for the user: the end reason, the note on 80 % SoC, and the inline
 * reasons (what the cells could not meet).
 *
 * @param ending          why it ended
 * @param startSoc        pack SoC at the start
 * @param endSoc          pack SoC at the end
 * @param durationS       length [s]
 * @param limited         time the BMS held the current back, per reason [s]
 * @param minTemperatureC coldest cell at the end [degC]
 * @param maxCellV        highest cell voltage at the end [V]
 */
record ChargeOutcome(Ending ending, double startSoc, double endSoc, double durationS,
        Map<LimitReason, Double> limited, double minTemperatureC, double maxCellV) {

    /** Why a charge ended. */
    enum Ending {
        /** The pack reached the charge limit. */
        LIMIT,
        /** The CV current fell to C/20 before the limit. */
        TAPER,
        /** No charge current allowed (temperature window). */
        BLOCKED,
        /** The duration cap. */
        CAP
    }

    /** Why the charge ended, in words. */
    String endReason(WhatIfInputs in) {
        return switch (ending) {
            case LIMIT -> String.format(Locale.ROOT, "reached the charge limit %.1f %%", 100 * in.chargeLimitSoc());
            case TAPER -> String.format(Locale.ROOT, "current tapered to C/20 at %.2f V, at %.1f %% SoC", maxCellV,
                    100 * endSoc);
            case BLOCKED -> "no charge current allowed: a cell is outside its charge temperature window";
            case CAP -> String.format(Locale.ROOT, "stopped after %.0f h", FastCharge.MAX_DURATION_S / 3600);
        };
    }

    /** Why 80 % was not reached (or that the charge started above it); "" when it was reached. */
    String timeTo80Note(WhatIfInputs in, double t80) {
        if (t80 == 0.0) {
            return String.format(Locale.ROOT, "already at %.1f %% at the start", 100 * startSoc);
        }
        if (!Double.isNaN(t80)) {
            return "";
        }
        if (in.chargeLimitSoc() < FastCharge.TARGET_SOC - FastCharge.TARGET_TOLERANCE) {
            return String.format(Locale.ROOT, "the charge limit %.0f %% is below 80 %%", 100 * in.chargeLimitSoc());
        }
        return "not reached: " + endReason(in);
    }

    /** What the cells could not meet: a clamped or derated current, no charge allowed, a taper, the cap. */
    List<String> reasons(WhatIfInputs in, CellLimits lim) {
        List<String> r = new ArrayList<>();
        double clamped = limited.getOrDefault(LimitReason.CHARGE_CURRENT, 0.0);
        if (clamped > 0 && in.chargeCRate() > lim.maxChargeCRate()) {
            r.add(String.format(Locale.ROOT, "charge rate %sC is above the cell's %sC limit: the BMS held the"
                    + " current at or below the limit for %.0f min", rate(in.chargeCRate()),
                    rate(lim.maxChargeCRate()), clamped / 60));
        } else if (clamped > 0) {
            r.add(String.format(Locale.ROOT, "the BMS derated the charge current by temperature for %.0f min"
                    + " (charge derates below %.0f °C and above %.0f °C)", clamped / 60, lim.deratingLowC(),
                    lim.deratingHighC()));
        }
        if (ending == Ending.BLOCKED || limited.getOrDefault(LimitReason.TEMPERATURE, 0.0) > 0) {
            r.add(String.format(Locale.ROOT, "no charge: a cell is outside the charge temperature window %.0f–%.0f"
                    + " °C (coldest cell %.1f °C)", lim.minTemperatureC(), lim.maxTemperatureC(), minTemperatureC));
        }
        if (ending == Ending.TAPER && endSoc < in.chargeLimitSoc() - 0.005) {
            r.add(String.format(Locale.ROOT, "the charge tapered out at %.1f %%, short of the %.0f %% limit",
                    100 * endSoc, 100 * in.chargeLimitSoc()));
        }
        if (ending == Ending.CAP) {
            r.add(String.format(Locale.ROOT, "the charge did not finish within %.0f h",
                    FastCharge.MAX_DURATION_S / 3600));
        }
        return r;
    }

    /** A C-rate without trailing zeros: 4, 1.5, 0.33. */
    private static String rate(double c) {
        String s = String.format(Locale.ROOT, "%.2f", c);
        return s.replaceAll("\\.?0+$", "");
    }
}
