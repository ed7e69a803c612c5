package org.evtwin.app.replay;

import java.util.function.Consumer;
import org.evtwin.core.TwinException;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.model.PackTopology;
import org.evtwin.core.replay.ModelSetup;
import org.evtwin.core.replay.ReplayClock;
import org.evtwin.core.replay.ReplayEngine;
import org.evtwin.core.replay.StoredRecording;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;

/**
 * Which model runs alongside a stored data set, chosen as {@code twin replay} chooses it (its choice lives in the
 * CLI package, not public): NASA PCoE files → the cell fitted on NASA B0005, ORNL Leaf Bitrode files → the fitted
 * Leaf cell, a telemetry recording → the built-in pack with as many cells as the recording names.
 */
public final class ReplayModels {
    static final String NASA_CELL = "nasa-18650-b0005";
    static final String LEAF_CELL = "nissan-leaf-2013-33ah";

    private ReplayModels() {
    }

    /** @throws TwinException when no built-in model fits the data set (the message says what it has) */
    public static ModelSetup forDataSet(DataSetInfo d) {
        String format = d.format();
        if (format.startsWith("nasa-pcoe")) {
            return ModelSetup.singleCell(Catalog.cell(NASA_CELL));
        }
        if (KnownFormats.BITRODE.equals(format)) {
            return ModelSetup.singleCell(Catalog.cell(LEAF_CELL));
        }
        int cells = d.channels().stream().filter(c -> c.channel().signal().perCell())
                .mapToInt(c -> c.channel().cell() + 1).max().orElse(0);
        for (String name : Catalog.PACKS) {
            PackTopology p = Catalog.pack(name);
            if (cells > 0 && p.cellCount() == cells) {
                return ModelSetup.pack(p);
            }
        }
        throw new TwinException("data set " + d.id() + " \"" + d.name() + "\" (format " + format + ", " + cells
                + " cells recorded): no built-in model fits; replay it from the command line with twin replay "
                + d.id() + " --cell-model <cell.json> or --pack <topology.json>");
    }

    /**
     * A replay engine for a stored data set with its model alongside, paused at its first sample, at
     * {@code speed} (not started: the caller switches the frame source to it, then starts it).
     */
    public static ReplayEngine engine(DataSetStore store, DataSetInfo d, double speed, Consumer<Throwable> onError) {
        return engine(store, d, forDataSet(d), speed, onError);
    }

    /** As {@link #engine(DataSetStore, DataSetInfo, double, Consumer)} with a chosen model (its topology is the
     * pack the frames describe: pass it to the workstation's {@code SourceHost.use}). */
    public static ReplayEngine engine(DataSetStore store, DataSetInfo d, ModelSetup setup, double speed,
            Consumer<Throwable> onError) {
        ReplayEngine e = new ReplayEngine(new StoredRecording(store, d), setup, Double.NaN, Double.NaN,
                speed, ReplayClock.SYSTEM, onError);
        e.pause();
        return e;
    }
}
