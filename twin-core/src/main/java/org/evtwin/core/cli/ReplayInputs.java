package org.evtwin.core.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.evtwin.core.TwinException;
import org.evtwin.core.catalog.Catalog;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.model.CellParameters;
import org.evtwin.core.model.json.CellParametersJson;
import org.evtwin.core.replay.CsvRecording;
import org.evtwin.core.replay.ModelSetup;
import org.evtwin.core.replay.RecordingReader;
import org.evtwin.core.replay.StoredRecording;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;

/** What {@code twin replay} replays (a CSV file or a stored data set) and which model runs alongside. */
final class ReplayInputs {
    static final String NASA_CELL = "nasa-18650-b0005";
    static final String LEAF_CELL = "nissan-leaf-2013-33ah";

    private ReplayInputs() {
    }

    /** A recording and the name of its format. */
    record Input(RecordingReader reader, String format, String origin) {
    }

    /** True when the argument is meant as a file (it exists, or it looks like a path). */
    static boolean isFile(String argument) {
        return Files.exists(Path.of(argument)) || argument.contains("/") || argument.contains("\\")
                || argument.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    static Input file(String argument, ColumnMapping mapping, Cancellation cancel) {
        Path file = Path.of(argument);
        if (!Files.isRegularFile(file)) {
            throw new TwinException(argument + ": no such file");
        }
        CsvRecording r = CsvRecording.read(file, mapping, cancel);
        return new Input(r.recording(), r.format(), "file " + file);
    }

    /** A stored data set by id, or by its name when that is unique. */
    static Input stored(DataSetStore store, String argument) {
        DataSetInfo info;
        if (argument.matches("\\d{1,18}")) {
            long id = Long.parseLong(argument);
            info = store.find(id).orElseThrow(() -> new TwinException("no data set with id " + id + " in "
                    + store.describe()));
        } else {
            List<DataSetInfo> named = store.list().stream().filter(d -> d.name().equals(argument)).toList();
            if (named.isEmpty()) {
                throw new TwinException("no data set named \"" + argument + "\" in " + store.describe()
                        + " (and no such file)");
            }
            if (named.size() > 1) {
                throw new TwinException(named.size() + " data sets are named \"" + argument + "\" (ids "
                        + String.join(", ", named.stream().map(d -> String.valueOf(d.id())).toList())
                        + "): give the id");
            }
            info = named.get(0);
        }
        return new Input(new StoredRecording(store, info), info.format(), "data set " + info.id() + " in "
                + store.describe());
    }

    /**
     * The model: {@code --pack} (a built-in pack or topology file), else {@code --cell-model} (nasa, leaf, a built-in
     * cell or a cell parameter file), else the cell that fits the recording's known format (NASA files: the fitted
     * NASA B0005 cell; ORNL Leaf Bitrode files: the fitted Leaf cell).
     */
    static ModelSetup model(String cellModel, String pack, String recording, String format) {
        if (pack != null) {
            return ModelSetup.pack(Catalog.pack(pack));
        }
        if (cellModel != null) {
            return ModelSetup.singleCell(cell(cellModel));
        }
        if (format != null && format.startsWith("nasa-pcoe")) {
            return ModelSetup.singleCell(Catalog.cell(NASA_CELL));
        }
        if (KnownFormats.BITRODE.equals(format)) {
            return ModelSetup.singleCell(Catalog.cell(LEAF_CELL));
        }
        throw new TwinException(recording + " (format " + format + "): say which model runs alongside: --cell-model"
                + " nasa|leaf|<cell.json> for a single-cell recording, --pack <name|topology.json> for a pack");
    }

    static CellParameters cell(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals("nasa")) {
            return Catalog.cell(NASA_CELL);
        }
        if (key.equals("leaf")) {
            return Catalog.cell(LEAF_CELL);
        }
        if (Catalog.CELLS.contains(key)) {
            return Catalog.cell(key);
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new TwinException("--cell-model " + name + ": neither nasa, leaf, a built-in cell ("
                    + String.join(", ", Catalog.CELLS) + ") nor a cell parameter file");
        }
        return CellParametersJson.read(file);
    }
}
