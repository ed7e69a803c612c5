package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.validate.Validation;
import org.evtwin.core.validate.ValidationCase;
import org.evtwin.core.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code twin validate}: the model against measured data that were not used for fitting. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Runs the single-cell model against measured data not used for fitting (ORNL Leaf 1C/2C/3C"
            + " discharges, NASA B0005-B0007 discharges at several ages) and prints, per case, the signal, RMSE,"
            + " max error, unit and sample count.",
            "Uses the shipped parameter files, or fits them afresh with --refit."})
final class ValidateCommand extends JsonCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "<raw folder>",
            description = "Folder holding ornl_nissan_leaf_2013_cell/ and nasa_pcoe_li_ion_aging_B0005_B0006_B0007/.")
    Path data;

    @Option(names = "--refit", description = "Fit both cells from the data first instead of using the shipped files.")
    boolean refit;

    @Option(names = "--series", paramLabel = "<folder>",
            description = "Also write each case's aligned series (time, measured, model, error) as CSV there.")
    Path series;


    @Override
    public Integer call() {
        Options.check(spec, Files.isDirectory(data), "--data " + data + " is not a folder");
        var err = spec.commandLine().getErr();
        List<ValidationCase> cases = refit ? Validation.run(data, err::println)
                : Validation.run(data, Catalog.cell("nissan-leaf-2013-33ah"), Catalog.cell("nasa-18650-b0005"),
                        err::println);
        if (series != null) {
            ValidationReport.writeCsv(cases, series);
        }
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%-22s %-20s %10s %10s %-4s %6s%n", "case", "signal", "RMSE", "max |err|", "unit", "n");
        for (ValidationCase c : cases) {
            o.printf(Locale.ROOT, "%-22s %-20s %10.3f %10.3f %-4s %6d%n", c.name(), c.signal(), c.rmse(),
                    c.maxAbsError(), c.unit(), c.samples());
        }
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("parameters", refit ? "refitted from --data" : "shipped sample-data/cells");
            ArrayNode a = n.putArray("cases");
            for (ValidationCase c : cases) {
                ObjectNode j = a.addObject();
                j.put("case", c.name());
                j.put("signal", c.signal());
                j.put("rmse", c.rmse());
                j.put("maxAbsError", c.maxAbsError());
                j.put("unit", c.unit());
                j.put("samples", c.samples());
            }
            o.println(Json.line(n));
        }
        return 0;
    }
}
