package org.evtwin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Help, version and usage errors of {@code twin}: exit codes 0 and 2, one line per usage error. */
class CommandLineTest {

    static List<Arguments> helpPages() {
        return List.of(
                Arguments.of("--help", List.of("simulate", "fit", "validate", "project", "bench", "--version")),
                Arguments.of("simulate --help", List.of("--pack", "--experiment", "--out", "--ambient-c",
                        "--initial-soc", "--seed", "--dt", "--output-interval", "--fault", "--pack-only", "--json")),
                Arguments.of("bench --help", List.of("step")),
                Arguments.of("bench step --help", List.of("--cells", "--pack", "--dt", "--rounds", "--steps",
                        "--thermal-interval", "--json")),
                Arguments.of("fit --help", List.of("--data", "--out", "--json")),
                Arguments.of("validate --help", List.of("--data", "--refit", "--series", "--json")),
                Arguments.of("project --help", List.of("--pack", "--dod", "--years", "--temperature-c", "--json")),
                Arguments.of("help simulate", List.of("--pack", "--experiment")));
    }

    @ParameterizedTest
    @MethodSource("helpPages")
    void helpExitsZeroAndListsTheOptions(String args, List<String> options) {
        Cli r = Cli.run(args.split(" "));
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("Usage: twin"), r.toString());
        for (String option : options) {
            assertTrue(r.out().contains(option), "help of '" + args + "' lists " + option + "\n" + r);
        }
        assertEquals("", r.err());
    }

    @Test
    void versionNamesTheProgramAndJava() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("twin ") && r.out().contains("Java " + System.getProperty("java.version")),
                r.out());
    }

    private static void assertUsageError(Cli r, String prefix, String text) {
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), "exactly one line on stderr\n" + r);
        String line = r.errLines().get(0);
        assertTrue(prefix == null || line.startsWith(prefix + ": "), line);
        assertTrue(line.contains(text), "mentions '" + text + "': " + line);
        assertTrue(line.endsWith("(see --help)"), line);
        assertEquals("", r.out(), "stdout stays clean");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--bogus|--bogus", "-x|-x", "--dt=abc|abc", "--initial-soc|--initial-soc",
        "extra-argument|extra-argument", "--seed=1.5|1.5"})
    void badSimulateOptionsExitTwoWithOneLine(String bad, String mentioned) {
        Cli r = Cli.run("simulate", "--pack", "p.json", "--experiment", "Rest for 1 s", "--out", "o.csv", bad);
        assertUsageError(r, "twin simulate", mentioned);
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertUsageError(Cli.run("simulate", "--experiment", "Rest for 1 s", "--out", "o.csv"), "twin simulate",
                "--pack");
        assertUsageError(Cli.run("simulate", "--pack", "p.json", "--experiment", "Rest for 1 s", "--out", "o.csv",
                "--dt", "0"), "twin simulate", "--dt must be > 0 s");
        assertUsageError(Cli.run("simulate", "--pack", "p.json", "--experiment", "Rest for 1 s", "--out", "o.csv",
                "--initial-soc", "1.5"), "twin simulate", "--initial-soc must be between 0 and 1");
        assertUsageError(Cli.run("bench", "step", "--cells", "100"), null, "--cells must be a multiple of the pack's 96 series groups");
        assertUsageError(Cli.run("bench", "step", "--rounds", "0"), null, "--rounds and --steps must be > 0");
        assertUsageError(Cli.run("frobnicate"), "twin", "frobnicate");
        assertUsageError(Cli.run(), "twin", "a command is required");
        assertUsageError(Cli.run("bench"), "twin bench", "a benchmark is required: step");
    }

    /** --json promises a JSON object as the last line also on failure; a refused command line is a failure too. */
    @Test
    void aRefusedCommandLineWithJsonStillEndsInOneJsonObject() throws Exception {
        Cli r = Cli.run("simulate", "--pack", "p.json", "--experiment", "Rest for 1 s", "--out", "o.csv",
                "--initial-soc", "1.5", "--json");
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                r.out().strip());
        assertEquals(false, j.get("ok").asBoolean());
        assertTrue(j.get("error").asText().contains("--initial-soc must be between 0 and 1"), j.toString());
        Cli unknown = Cli.run("project", "--bogus", "--json");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.out().strip().startsWith("{\"ok\":false"), unknown.toString());
    }

    @Test
    void withoutACommandEveryCommandIsNamed() {
        String line = Cli.run().errLines().get(0);
        for (String command : List.of("simulate", "fit", "validate", "project", "bench", "rul", "replay", "import",
                "datasets", "export", "publish", "record")) {
            assertTrue(line.contains(command), command + " in: " + line);
        }
    }

    @Test
    void helpPrintsNothingOnTheProcessStderr() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : new String[] {"simulate", "fit", "validate", "project", "bench"}) {
                assertEquals(0, Cli.run(command, "--help").exit());
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void nestedCommandErrorsNameTheFullCommand() {
        assertUsageError(Cli.run("bench", "step", "--cells", "100"), "twin bench step", "--cells");
    }
}
