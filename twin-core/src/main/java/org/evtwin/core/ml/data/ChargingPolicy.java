package org.evtwin.core.ml.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evtwin.core.TwinException;

/**
 * A two-step fast-charging policy of Severson et al. 2019, written "C1(Q1%)-C2" (e.g. "5.4C(40%)-3.6C"): constant
 * current C1 from 0 % to Q1 % state of charge, then C2 up to 80 %, then 1C CC-CV to full for every cell (SI of the
 * paper, table 9). A single-step policy is written with Q1 = 80 % and C2 = C1 (e.g. "3.6C(80%)-3.6C").
 *
 * @param c1PerHour  first current as a C-rate [1/h]
 * @param switchSoc  state of charge where the current changes, a fraction (0 to 0.8)
 * @param c2PerHour  second current as a C-rate [1/h]
 */
public record ChargingPolicy(double c1PerHour, double switchSoc, double c2PerHour) {
    /** State of charge where every policy's fast part ends and the common 1C CC-CV begins. */
    public static final double FAST_END_SOC = 0.8;
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern FORM = Pattern.compile(NUMBER + "C\\(" + NUMBER + "%\\)-" + NUMBER + "C");

    /**
     * Parses a policy; {@code where} (file, line, column) starts the error message of text that is not a policy.
     */
    public static ChargingPolicy parse(String text, String where) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new TwinException(where + "charging policy \"" + text + "\" is not of the form C1(Q1%)-C2 with"
                    + " C-rates and a percentage, e.g. 5.4C(40%)-3.6C");
        }
        double c1 = Double.parseDouble(m.group(1));
        double q1 = Double.parseDouble(m.group(2)) / 100.0;
        double c2 = Double.parseDouble(m.group(3));
        if (!(c1 > 0) || !(c2 > 0)) {
            throw new TwinException(where + "charging policy \"" + text + "\": both C-rates must be > 0");
        }
        if (!(q1 > 0) || q1 > FAST_END_SOC) {
            throw new TwinException(where + "charging policy \"" + text + "\": the switch must lie in (0, 80] % SoC");
        }
        return new ChargingPolicy(c1, q1, c2);
    }

    /**
     * Time [s] the policy takes from 0 to 80 % SoC at its nominal currents: 3600 (Q1/C1 + (0.8 - Q1)/C2). The rest
     * of the charge (1C CC-CV from 80 %) is the same for every policy.
     */
    public double fastChargeTimeS() {
        return 3600.0 * (switchSoc / c1PerHour + (FAST_END_SOC - switchSoc) / c2PerHour);
    }
}
