package org.evtwin.core.cli;

import picocli.CommandLine;

/** Small checks on option values that picocli's types cannot express. */
final class Options {
    private Options() {
    }

    static void check(CommandLine.Model.CommandSpec spec, boolean condition, String message) {
        if (!condition) {
            throw new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
