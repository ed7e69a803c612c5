package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evtwin.core.fit.FitResult;
import org.evtwin.core.fit.LeafCellFit;
import org.evtwin.core.fit.NasaCellFit;
import org.evtwin.core.model.json.CellParametersJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code twin fit}: identifies 2-RC cell parameters from measured data and writes a parameter file. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Identifies cell parameters (OCV, R0, R1, C1, R2, C2, thermal) from measured data and writes a"
            + " parameter file with its provenance (files with SHA-256, method, residuals).",
            "leaf: the ORNL 2013 Nissan Leaf cell folder (HPPC at 10/25/40 degC, C/15 cycling, 1C discharge)",
            "nasa: the NASA PCoE B0005-B0007 folder (charge 1 and discharge 1 of B0005)"})
final class FitCommand extends JsonCommand implements Callable<Integer> {

    /** Which data set layout to fit. */
    enum Dataset { leaf, nasa }

    @Parameters(index = "0", paramLabel = "<leaf|nasa>", description = "Data set layout: ${COMPLETION-CANDIDATES}.")
    Dataset dataset;

    @Option(names = "--data", required = true, paramLabel = "<folder>",
            description = "The data set folder (e.g. ../shared/data/raw/ornl_nissan_leaf_2013_cell).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "<cell.json>", description = "Parameter file to write.")
    Path out;


    @Override
    public Integer call() {
        Options.check(spec, Files.isDirectory(data), "--data " + data + " is not a folder");
        var err = spec.commandLine().getErr();
        FitResult result = switch (dataset) {
            case leaf -> LeafCellFit.fit(data, err::println);
            case nasa -> NasaCellFit.fit(data, err::println);
        };
        CellParametersJson.write(result.params(), out);
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: %.4f Ah, %d SoC points x %d temperatures -> %s%n", result.params().name(),
                result.params().capacityAh(), result.params().ecm().ocvV().socCount(),
                result.params().ecm().ocvV().temperatureCount(), out);
        result.residuals().forEach((k, v) -> o.printf(Locale.ROOT, "  %-40s %.6g%n", k, v));
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("cell", result.params().name());
            n.put("capacityAh", result.params().capacityAh());
            n.put("out", out.toString());
            ObjectNode r = n.putObject("residuals");
            result.residuals().forEach(r::put);
            o.println(Json.line(n));
        }
        return 0;
    }
}
