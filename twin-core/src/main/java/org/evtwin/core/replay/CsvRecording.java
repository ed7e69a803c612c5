package org.evtwin.core.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.CsvImporter;
import org.evtwin.core.ingest.csv.FormatDetection;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.KnownFormats;
import org.evtwin.core.ingest.csv.ProgressListener;
import org.evtwin.core.ingest.csv.RejectConsumer;
import org.evtwin.core.telemetry.SampleBlock;

/**
 * A CSV file read whole into memory through the CSV importer, for replaying a file without storing it. The first bad
 * row stops the read (the error names file, line, column and rule): to replay a file with bad rows, import it into
 * the store, which can skip and keep them.
 *
 * @param recording the samples
 * @param format    the detected format's name, or the mapping's when one was given
 */
public record CsvRecording(InMemoryRecording recording, String format) {

    /**
     * Reads {@code file} with {@code mapping}, or with the mapping of its detected format when {@code mapping} is
     * null.
     *
     * @throws TwinException if the format is not known and no mapping is given, or the file is bad
     */
    public static CsvRecording read(Path file, ColumnMapping mapping, Cancellation cancel) {
        String format;
        if (mapping == null) {
            FormatDetection d = KnownFormats.detect(file);
            if (!d.known()) {
                throw new TwinException(d.message());
            }
            mapping = d.mapping();
            format = d.format();
        } else {
            format = mapping.name() == null ? "mapped-csv" : mapping.name();
        }
        List<SampleBlock> blocks = new ArrayList<>();
        CsvImporter.run(file, mapping, ImportPolicy.stopAtFirstError(), b -> blocks.add(b.copy()),
                RejectConsumer.ignore(), ProgressListener.none(), cancel);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new CsvRecording(new InMemoryRecording(name, blocks), format);
    }
}
