package org.evtwin.core.cli;

import java.io.PrintWriter;
import org.evtwin.core.TwinException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code twin}: the headless command line. Everything the workstation does can be scripted and benchmarked here.
 * Exit codes: 0 success, 1 the work failed (bad data, a run that could not finish), 2 bad command-line input.
 */
@Command(name = "twin", mixinStandardHelpOptions = true, versionProvider = TwinCommand.Version.class,
        description = "EV battery twin: simulate, fit, validate and benchmark battery packs.",
        subcommands = {SimulateCommand.class, FitCommand.class, ValidateCommand.class, ProjectCommand.class,
            BenchCommand.class, RulCommand.class, ReplayCommand.class, ImportCommand.class, DatasetsCommand.class, ExportCommand.class,
            PublishCommand.class, RecordCommand.class,
            CommandLine.HelpCommand.class})
public final class TwinCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        String commands = String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help"))
                .toList());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (" + commands + ")");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns the exit code (used by tests without exiting the JVM). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TwinCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            String message = ex.getMessage().replace('\n', ' ');
            err.println(ex.getCommandLine().getCommandSpec().qualifiedName() + ": " + message + " (see --help)");
            // the flag may not have been parsed yet when the line is refused: look for it in the arguments
            if (java.util.Arrays.asList(a).contains("--json")) {
                out.println(Json.error(message));
            }
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String message = FileProblems.describe(ex);
            err.println(commandLine.getCommandSpec().qualifiedName() + ": " + message.replace('\n', ' '));
            Object command = commandLine.getCommand();
            if (command instanceof JsonOption j && j.json()) {
                out.println(Json.error(message));
            }
            return ex instanceof TwinException || FileProblems.isFileProblem(ex) ? 1 : 3;
        });
        return cl.execute(args);
    }

    /** Version from the jar manifest (set by the build). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TwinCommand.class.getPackage().getImplementationVersion();
            return new String[] {"twin " + (v == null ? "development build" : v) + ", Java "
                + System.getProperty("java.version")};
        }
    }
}
