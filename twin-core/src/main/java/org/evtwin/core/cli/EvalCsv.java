package org.evtwin.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.evtwin.core.TwinException;
import org.evtwin.core.ml.RulEstimate;
import org.evtwin.core.ml.early.EarlyEvaluation;
import org.evtwin.core.ml.history.HistoryEvaluation;

/** The per-point CSV files behind the evaluation plots. */
final class EvalCsv {
    private EvalCsv() {
    }

    static void writeHistory(Path file, List<HistoryEvaluation.CellResult> res) {
        write(file, w -> {
            w.println("cell,cycle,true_rul,status,predicted_rul,lower,upper,p_eol_within_20");
            for (var r : res) {
                for (var p : r.points()) {
                    RulEstimate e = p.estimate();
                    w.printf(Locale.ROOT, "%s,%.0f,%s,%s,%.3f,%.3f,%.3f,%.4f%n", p.cell(), p.cycle(),
                            Double.isNaN(p.trueRul()) ? "" : String.format(Locale.ROOT, "%.0f", p.trueRul()),
                            e.status(), e.cycles(), e.lower(), e.upper(), e.probabilityEolWithin(20));
                }
            }
        });
    }

    static void writeEarly(Path file, List<EarlyEvaluation.CellResult> res) {
        write(file, w -> {
            w.println("split,cell,true_life,predicted_life,lower,upper,status,mean_baseline,variance_baseline");
            for (var r : res) {
                w.printf(Locale.ROOT, "%s,%d,%.0f,%.2f,%.2f,%.2f,%s,%.2f,%.2f%n", r.cell().split(), r.cell().index(),
                        r.cell().cycleLife(), r.predicted(), r.lower(), r.upper(), r.estimate().status(),
                        r.meanBaseline(), r.varianceBaseline());
            }
        });
    }

    private static void write(Path file, java.util.function.Consumer<PrintWriter> body) {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            body.accept(w);
        } catch (IOException e) {
            throw new TwinException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
