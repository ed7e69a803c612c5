package org.evtwin.core.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;

/** {@code twin rul}: remaining useful life models: train, evaluate, predict. */
@Command(name = "rul", mixinStandardHelpOptions = true,
        description = "Remaining useful life: train a model, evaluate it on held-out cells, predict for a cell.",
        subcommands = {RulTrainCommand.class, RulEvalCommand.class, RulPredictCommand.class})
final class RulCommand implements Runnable {
    /** Tribuo logs every tree it builds through java.util.logging; kept here so the setting is not collected. */
    static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static void quietTribuo() {
        TRIBUO_LOG.setLevel(Level.WARNING);
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: train, eval or predict");
    }
}
