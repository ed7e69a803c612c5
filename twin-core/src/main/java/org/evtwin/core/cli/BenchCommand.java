package org.evtwin.core.cli;

import picocli.CommandLine.Command;

/** {@code twin bench}: speed measurements that print figures (never timing assertions in tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchStepCommand.class, BenchRulCommand.class, BenchMqttCommand.class, BenchStoreCommands.Import.class,
            BenchStoreCommands.History.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a benchmark is required: step, rul, mqtt, import, history");
    }
}
