package org.evtwin.core.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.physics.ageing.AgeingModels;
import org.evtwin.core.physics.ageing.AgeingProjection;
import org.evtwin.core.physics.ageing.DutyCycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code twin project}: long-horizon SoH projection of a repeating daily duty, aggregated at cycle level. */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = {"Projects SoH and resistance growth over years of a repeating duty (daily drive depth, charge"
            + " rate and limit, storage SoC, cell temperature) with the cell's ageing model, at cycle level.",
            "Prints SoH per year and the time to 80 %% and 70 %% SoH."})
final class ProjectCommand extends JsonCommand implements Callable<Integer> {

    @Option(names = "--pack", defaultValue = "leaf-96s2p", paramLabel = "<name|topology.json>",
            description = "Pack whose cell is projected (default ${DEFAULT-VALUE}).")
    String pack;

    @Option(names = "--dod", defaultValue = "0.4", paramLabel = "<0-1>",
            description = "Depth of discharge per driven day (default ${DEFAULT-VALUE}).")
    double dod;

    @Option(names = "--discharge-c-rate", defaultValue = "0.3", description = "Mean discharge C-rate (default ${DEFAULT-VALUE}).")
    double dischargeCRate;

    @Option(names = "--charge-c-rate", defaultValue = "0.3", description = "Charge C-rate (default ${DEFAULT-VALUE}).")
    double chargeCRate;

    @Option(names = "--max-soc", defaultValue = "0.9", description = "Charge limit, SoC after charging (default ${DEFAULT-VALUE}).")
    double maxSoc;

    @Option(names = "--storage-soc", defaultValue = "0.6", description = "SoC on days not driven (default ${DEFAULT-VALUE}).")
    double storageSoc;

    @Option(names = "--days-per-year", defaultValue = "300", description = "Days driven per year (default ${DEFAULT-VALUE}).")
    int daysPerYear;

    @Option(names = "--temperature-c", defaultValue = "25", description = "Mean cell temperature [degC] (default ${DEFAULT-VALUE}).")
    double temperatureC;

    @Option(names = "--years", defaultValue = "15", description = "Horizon [years] (default ${DEFAULT-VALUE}).")
    double years;


    @Override
    public Integer call() {
        Options.check(spec, years > 0 && years <= 50, "--years must be in (0, 50]");
        Options.checkTemperature(spec, "--temperature-c", temperatureC);
        Options.check(spec, maxSoc > 0 && maxSoc <= 1, "--max-soc must be in (0, 1], found " + maxSoc);
        Options.check(spec, dod > 0 && dod <= maxSoc, "--dod must be in (0, --max-soc], found " + dod);
        Options.check(spec, storageSoc >= 0 && storageSoc <= 1, "--storage-soc must be in [0, 1], found "
                + storageSoc);
        // 5C: about the fastest charge and the hardest mean discharge an EV cell is rated for
        Options.check(spec, chargeCRate > 0 && chargeCRate <= 5, "--charge-c-rate must be in (0, 5], found "
                + chargeCRate);
        Options.check(spec, dischargeCRate > 0 && dischargeCRate <= 5, "--discharge-c-rate must be in (0, 5],"
                + " found " + dischargeCRate);
        Options.check(spec, daysPerYear >= 0 && daysPerYear <= 365, "--days-per-year must be in [0, 365], found "
                + daysPerYear);
        PackTopology topology = Catalog.pack(pack);
        CellParameters cell = topology.cell();
        DutyCycle duty = new DutyCycle(cell.capacityCoulomb(), dod, dischargeCRate, chargeCRate, maxSoc, storageSoc,
                daysPerYear, new double[] {temperatureC}, z -> cell.ecm().ocv(z, temperatureC));
        long t0 = System.nanoTime();
        AgeingProjection.Result r = AgeingProjection.project(AgeingModels.byName(cell.ageingModel()), duty, years, 7);
        double ms = (System.nanoTime() - t0) / 1e6;
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s, ageing model %s, %.0f %% DoD on %d days/year, charge to %.0f %%, %.1f degC:%n",
                cell.name(), cell.ageingModel(), 100 * dod, daysPerYear, 100 * maxSoc, temperatureC);
        int perYear = (int) Math.round(365.0 / 7);
        for (int i = perYear; i < r.timeDays().length; i += perYear) {
            o.printf(Locale.ROOT, "  year %4.1f  SoH %5.1f %%  resistance x%.3f%n", r.timeDays()[i] / 365.0,
                    100 * r.soh()[i], r.resistanceFactor()[i]);
        }
        o.printf(Locale.ROOT, "  80 %% SoH: %s, 70 %% SoH: %s (computed in %.1f ms)%n", years(r.yearsTo80()),
                years(r.yearsTo70()), ms);
        if (json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("cell", cell.name());
            n.put("ageingModel", cell.ageingModel());
            if (r.yearsTo80().isPresent()) {
                n.put("yearsTo80", r.yearsTo80().getAsDouble());
            }
            if (r.yearsTo70().isPresent()) {
                n.put("yearsTo70", r.yearsTo70().getAsDouble());
            }
            n.put("finalSoh", r.finalSoh());
            n.put("computeMillis", ms);
            ArrayNode days = n.putArray("timeDays");
            ArrayNode soh = n.putArray("soh");
            for (int i = 0; i < r.timeDays().length; i++) {
                days.add(r.timeDays()[i]);
                soh.add(r.soh()[i]);
            }
            o.println(Json.line(n));
        }
        return 0;
    }

    private static String years(java.util.OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "after %.1f years", v.getAsDouble()) : "not within horizon";
    }
}
