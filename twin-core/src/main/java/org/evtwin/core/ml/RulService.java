package org.evtwin.core.ml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.evtwin.core.TwinException;
import org.evtwin.core.ml.history.CellHistory;
import org.evtwin.core.ml.history.HistoryFeatures;

/**
 * What the app and the command line call for RUL of live or simulated cells: a history model, answers per cell with
 * an interval, and batches for whole packs (one Tribuo call for all cells). Thread-safe; predictions are pure
 * functions of the histories. The model may be read when first needed ({@link #onDemand}): a cell with fewer than
 * {@link HistoryFeatures#MIN_CYCLES} cycles, or past end of life, is answered without it.
 */
public final class RulService {
    /** Class-path location of the shipped history model (built by {@code twin rul train --task history}). */
    public static final String DEFAULT_HISTORY_MODEL = "/org/evtwin/sample-data/models/rul-history.tribuo";
    /** Class-path location of the shipped early-life model. */
    public static final String DEFAULT_EARLY_MODEL = "/org/evtwin/sample-data/models/rul-early.tribuo";

    /** Reads the model the first time it is needed; null when it was given. */
    private final Supplier<RulModel> loader;
    /** Where the loader reads from, for error messages. */
    private final String source;
    private volatile RulModel model;
    /** Why the one load failed; kept so a broken model file is read once, not at every evaluation. */
    private volatile TwinException loadFailure;

    public RulService(RulModel historyModel) {
        this.model = requireHistoryModel(historyModel);
        this.loader = null;
        this.source = "given model";
    }

    private RulService(String source, Supplier<RulModel> loader) {
        this.source = Objects.requireNonNull(source, "source");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The service on the shipped history model, read now. */
    public static RulService withDefaultModel() {
        return new RulService(loadResource(DEFAULT_HISTORY_MODEL));
    }

    /**
     * The service on the shipped history model, read when a cell first needs it. The workstation uses this: a
     * session whose cells never reach {@link HistoryFeatures#MIN_CYCLES} cycles never loads Tribuo (about 560 classes
     * and 11 MB of live heap; docs/benchmarks.md, installer memory, session 6).
     */
    public static RulService withDefaultModelOnDemand() {
        return onDemand(DEFAULT_HISTORY_MODEL, () -> loadResource(DEFAULT_HISTORY_MODEL));
    }

    /**
     * A service whose model {@code loader} reads at most once, when a prediction or the card first needs it;
     * {@code source} (a file or resource) names it in errors.
     */
    public static RulService onDemand(String source, Supplier<RulModel> loader) {
        return new RulService(source, loader);
    }

    /** Whether the model is in memory (given, or read by an earlier call). */
    public boolean isModelLoaded() {
        return model != null;
    }

    /** A model shipped inside the jar. */
    public static RulModel loadResource(String resource) {
        try (InputStream in = RulService.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TwinException(resource + ": the default model is missing from the class path");
            }
            return ModelFile.read(in, resource);
        } catch (IOException e) {
            throw new TwinException(resource + ": cannot read the default model (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The model, read now if it was not yet. A failed read (any exception of the loader, wrapped in a
     * {@link TwinException} naming the source) is thrown again at every later call without reading again.
     */
    public RulModel model() {
        RulModel m = model;
        if (m != null) {
            return m;
        }
        synchronized (this) {
            if (model == null) {
                if (loadFailure != null) {
                    throw new TwinException(loadFailure.getMessage(), loadFailure);
                }
                try {
                    model = requireHistoryModel(Objects.requireNonNull(loader.get(), "the loader returned no model"));
                } catch (TwinException e) {
                    loadFailure = e;
                    throw e;
                } catch (RuntimeException | LinkageError e) {
                    // Tribuo's or protobuf's own exceptions, a class missing from the runtime: kept like ours, so
                    // a monitor evaluating every few seconds does not read a broken model again each time
                    loadFailure = new TwinException(source + ": cannot read the RUL model (" + e + ")", e);
                    throw loadFailure;
                }
            }
            return model;
        }
    }

    public ModelCard card() {
        return model().card();
    }

    /** RUL of one cell at its latest entry. */
    public RulEstimate predict(CellHistory history) {
        return predictAll(List.of(history)).get(0);
    }

    /** RUL of many cells at their latest entries, with one batched model call. */
    public List<RulEstimate> predictAll(List<CellHistory> histories) {
        List<RulEstimate> out = new ArrayList<>(histories.size());
        List<double[]> rows = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (CellHistory h : histories) {
            RulEstimate early = screen(h);
            out.add(early);
            if (early == null) {
                rows.add(HistoryFeatures.at(h, h.size() - 1));
                at.add(out.size() - 1);
            }
        }
        List<RulEstimate> est = rows.isEmpty() ? List.of() : model().estimate(rows);
        for (int i = 0; i < est.size(); i++) {
            out.set(at.get(i), est.get(i));
        }
        return out;
    }

    private static RulModel requireHistoryModel(RulModel m) {
        if (m.task() != Task.HISTORY) {
            throw new TwinException("RUL service needs a history model, got a " + m.task().cliName() + " model");
        }
        return m;
    }

    /** An answer without the model (not enough history, end of life reached), or null if the model must answer. */
    static RulEstimate screen(CellHistory h) {
        if (h.size() < HistoryFeatures.MIN_CYCLES) {
            return RulEstimate.none(RulStatus.NOT_ENOUGH_HISTORY, h.cellId() + ": needs at least "
                    + HistoryFeatures.MIN_CYCLES + " cycles with a measured capacity, has " + h.size());
        }
        double level = 0;
        for (int i = h.size() - 3; i < h.size(); i++) {
            level += h.capacityAh()[i] / 3;
        }
        if (level < h.eolCapacityAh()) {
            return RulEstimate.none(RulStatus.END_OF_LIFE_REACHED, String.format(java.util.Locale.ROOT,
                    "%s: capacity %.4g Ah (mean of the last 3 cycles) is below the end-of-life threshold %.4g Ah",
                    h.cellId(), level, h.eolCapacityAh()));
        }
        return null;
    }
}
