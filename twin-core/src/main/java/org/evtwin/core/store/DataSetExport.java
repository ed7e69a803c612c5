package org.evtwin.core.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.evtwin.core.TwinException;
import org.evtwin.core.io.PartialFile;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;

/**
 * Writes a stored data set as the project's telemetry CSV ({@code assets/schemas/telemetry-csv.md}): header
 * {@code time_s} then {@link Channel#columnName()} per channel (units are in the names), one row per sample, numbers
 * by {@link Double#toString} (read back as the same doubles), empty where a value was not recorded. Written to
 * {@code <out>.part} and renamed at the end, so a failure never leaves a half file under the final name.
 */
public final class DataSetExport {
    private DataSetExport() {
    }

    /** Exports data set {@code id}; returns the number of rows written. {@code progress} gets the rows so far. */
    public static long run(DataSetStore store, long id, Path out, LongConsumer progress) {
        long rows = 0;
        try (SampleCursor cursor = store.openSamples(id, Double.NEGATIVE_INFINITY);
                PartialFile file = new PartialFile(out)) {
            BufferedWriter w = file.writer();
            w.write(header(cursor.channels()));
            StringBuilder line = new StringBuilder(256);
            for (SampleBlock b; (b = cursor.next()) != null; ) {
                for (int r = 0; r < b.size(); r++) {
                    line.setLength(0);
                    line.append(b.timeS(r));
                    for (int c = 0; c < b.channels().size(); c++) {
                        line.append(',');
                        double v = b.value(r, c);
                        if (!Double.isNaN(v)) {
                            line.append(v);
                        }
                    }
                    w.write(line.append('\n').toString());
                }
                rows += b.size();
                progress.accept(rows);
            }
            file.commit();
            return rows;
        } catch (IOException e) {
            throw new TwinException(out + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    static String header(List<Channel> channels) {
        StringBuilder h = new StringBuilder("time_s");
        for (Channel c : channels) {
            h.append(',').append(c.columnName());
        }
        return h.append('\n').toString();
    }
}
