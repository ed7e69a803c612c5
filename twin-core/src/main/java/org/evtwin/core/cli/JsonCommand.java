package org.evtwin.core.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Base of the commands that can answer in JSON: the {@code --json} flag and the command spec (for output streams and
 * usage errors). picocli picks annotated fields up from superclasses.
 */
abstract class JsonCommand implements JsonOption {

    @Option(names = "--json", description = "Print one JSON object as the last line of stdout (also on failure).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public boolean json() {
        return json;
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
