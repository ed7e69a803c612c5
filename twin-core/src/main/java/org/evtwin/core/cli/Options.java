package org.evtwin.core.cli;

import picocli.CommandLine;

/** Small checks on option values that picocli's types cannot express. */
final class Options {
    private Options() {
    }

    /**
     * Temperatures the cell models are meant for [degC]: the operating range of automotive lithium-ion cells
     * (about -40 … 60 degC discharging, storage to 80 degC), around the fitted tables (10–40 degC) that Arrhenius
     * extends. Outside it the tables and the ageing laws would be far extrapolations, or physically void.
     */
    static final double MIN_TEMPERATURE_C = -40;
    static final double MAX_TEMPERATURE_C = 80;

    /** The largest solver step [s]: a cut-off is found within one step, so larger steps overshoot it too far. */
    static final double MAX_STEP_S = 60;

    static void checkTemperature(CommandLine.Model.CommandSpec spec, String option, double valueC) {
        check(spec, valueC >= MIN_TEMPERATURE_C && valueC <= MAX_TEMPERATURE_C, option + " must be between "
                + (int) MIN_TEMPERATURE_C + " and " + (int) MAX_TEMPERATURE_C + " degC (the range the cell models"
                + " are meant for), found " + valueC);
    }

    static void checkStep(CommandLine.Model.CommandSpec spec, double stepS) {
        check(spec, stepS > 0 && stepS <= MAX_STEP_S, "--dt must be > 0 s and <= " + (int) MAX_STEP_S + " s (a"
                + " cut-off is found within one step), found " + stepS);
    }

    static void check(CommandLine.Model.CommandSpec spec, boolean condition, String message) {
        if (!condition) {
            throw new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
