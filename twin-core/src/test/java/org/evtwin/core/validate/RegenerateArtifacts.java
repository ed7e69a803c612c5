package org.evtwin.core.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.fit.FitResult;
import org.evtwin.core.fit.LeafCellFit;
import org.evtwin.core.fit.NasaAgeingFit;
import org.evtwin.core.fit.NasaCellFit;
import org.evtwin.core.fit.NasaResistanceGrowth;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.json.CellParametersJson;

/**
 * Developer tool (test scope, not part of the library): refits both cells, writes the shipped parameter files
 * {@code sample-data/cells/*.json}, runs the validation on them and writes {@code docs/validation/data/*.csv},
 * {@code docs/validation/results.md} and {@code docs/validation/fit-report.txt}.
 *
 * <p>Usage: {@code java ... org.evtwin.core.validate.RegenerateArtifacts <raw-data-root> <project-dir>}
 */
public final class RegenerateArtifacts {
    private RegenerateArtifacts() {
    }

    public static void main(String[] args) throws IOException {
        Path raw = Path.of(args[0]);
        Path project = Path.of(args[1]);
        FitResult leaf = LeafCellFit.fit(raw.resolve(LeafCellFit.DATASET), System.err::println);
        FitResult nasa = NasaCellFit.fit(raw.resolve(NasaCellFit.DATASET), System.err::println);
        Path cells = project.resolve("sample-data/cells");
        CellParametersJson.write(leaf.params(), cells.resolve("nissan-leaf-2013-33ah.json"));
        CellParametersJson.write(nasa.params(), cells.resolve("nasa-18650-b0005.json"));
        var leafShipped = CellParametersJson.read(cells.resolve("nissan-leaf-2013-33ah.json"));
        var nasaShipped = CellParametersJson.read(cells.resolve("nasa-18650-b0005.json"));
        List<ValidationCase> cases = Validation.run(raw, leafShipped, nasaShipped, System.err::println);
        NasaResistanceGrowth.Result g = NasaResistanceGrowth.fit(raw.resolve(NasaCellFit.DATASET), nasaShipped,
                s -> { });
        Path docs = project.resolve("docs/validation");
        ValidationReport.writeCsv(cases, docs.resolve("data"));
        Files.writeString(docs.resolve("results.md"), ValidationReport.markdownTable(cases), StandardCharsets.UTF_8);
        StringBuilder growth = new StringBuilder(String.format(java.util.Locale.ROOT,
                "NASA resistance growth fitted on B0005: R x (1 + %.4f * (1 - SoH)), RMS of s about the line %.4f%n"
                + "discharge, SoH, fitted s%n", g.slopePerUnitFade(), g.relationRmse()));
        for (int i = 0; i < g.cycles().length; i++) {
            growth.append(String.format(java.util.Locale.ROOT, "%d, %.4f, %.4f%n", g.cycles()[i], g.soh()[i],
                    g.scale()[i]));
        }
        NasaAgeingFit.Result age = NasaAgeingFit.fit(raw.resolve(NasaCellFit.DATASET), nasaShipped,
                System.err::println);
        Files.writeString(docs.resolve("fit-report.txt"), leaf.report() + "\n" + nasa.report() + "\n" + growth
                + "\n" + NasaAgeingFit.report(age), StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("ocv-ageing-study.md"), ageingStudy(raw, leafShipped, nasaShipped, age, cases),
                StandardCharsets.UTF_8);
        System.out.println(ValidationReport.markdownTable(cases));
    }

    /**
     * The NASA voltage cases with the age-dependent OCV shape fitted on B0005's fitting discharges attached to the
     * shipped cell (a study: the shipped file has no shape, docs/validation.md "NASA ageing in the replay").
     */
    private static String ageingStudy(Path raw, CellParameters leaf, CellParameters nasa, NasaAgeingFit.Result age,
            List<ValidationCase> shipped) {
        CellParameters shaped = new CellParameters(nasa.name(), nasa.chemistry(), nasa.capacityAh(),
                nasa.ecm().withOcvAgeing(age.shape()), nasa.limits(), nasa.thermal(), nasa.geometry(),
                nasa.ageingModel(), nasa.provenance());
        List<ValidationCase> study = Validation.run(raw, leaf, shaped, System.err::println);
        StringBuilder b = new StringBuilder("| case | voltage RMSE, shipped [mV] | with the OCV shape [mV] | "
                + "max abs error, shipped [mV] | with the OCV shape [mV] |\n|---|---:|---:|---:|---:|\n");
        for (int i = 0; i < study.size(); i++) {
            ValidationCase s = shipped.get(i);
            ValidationCase w = study.get(i);
            if (s.name().startsWith("nasa") && s.signal().equals("voltage")) {
                b.append(String.format(java.util.Locale.ROOT, "| %s | %.2f | %.2f | %.1f | %.1f |%n", s.name(),
                        1e3 * s.rmse(), 1e3 * w.rmse(), 1e3 * s.maxAbsError(), 1e3 * w.maxAbsError()));
            }
        }
        return b.toString();
    }
}
