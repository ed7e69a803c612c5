package org.evtwin.app.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.ingest.csv.Cancellation;
import org.evtwin.core.ingest.csv.ColumnMapping;
import org.evtwin.core.ingest.csv.CsvImporter;
import org.evtwin.core.ingest.csv.ImportFailedException;
import org.evtwin.core.ingest.csv.ImportPolicy;
import org.evtwin.core.ingest.csv.ProgressListener;
import org.evtwin.core.ingest.csv.Reject;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;

/**
 * The first rows of a file as the import will read them: the head of the file (its first lines, byte for byte, under
 * the same file name in a temporary folder) goes through the real {@link CsvImporter} with the mapping, so the
 * preview shows exactly the values, units and rejects the import will produce for those lines. The CSV core has no
 * preview of its own; this adapter needs none of its internals.
 */
public final class ImportPreview {
    /** Longest head copied (a file whose first lines are this long is not a telemetry file). */
    static final int MAX_HEAD_BYTES = 4 << 20;

    /**
     * One previewed line: accepted (values in core units) or rejected (with its reason).
     *
     * @param line   1-based line in the file
     * @param timeS  time [s] (NaN for a reject)
     * @param values per channel in core units (empty for a reject)
     * @param reject why the line was rejected, or null
     */
    public record Row(long line, double timeS, double[] values, Reject reject) {
    }

    /**
     * @param channels the mapped channels, in value order
     * @param rows     accepted and rejected lines in file order
     * @param problem  a file-level failure of the head (e.g. a missing column), or "" when none
     */
    public record Result(List<Channel> channels, List<Row> rows, String problem) {
        public long rejected() {
            return rows.stream().filter(r -> r.reject() != null).count();
        }
    }

    private ImportPreview() {
    }

    /** Reads up to {@code maxRows} data lines of {@code file} with {@code mapping}. */
    public static Result read(Path file, ColumnMapping mapping, int maxRows) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("evtwin-preview");
            Path head = dir.resolve(file.getFileName());
            copyHead(file, head, mapping.skipLines() + 1 + maxRows, mapping.commentPrefix());
            List<Row> rows = new ArrayList<>();
            String problem = "";
            try {
                CsvImporter.run(head, mapping, ImportPolicy.skipUpTo(Long.MAX_VALUE), block -> keep(block, rows),
                        r -> rows.add(new Row(r.line(), Double.NaN, new double[0], r)), ProgressListener.none(),
                        Cancellation.never());
            } catch (ImportFailedException e) {
                problem = e.getMessage();
            }
            rows.sort(Comparator.comparingLong(Row::line));
            return new Result(mapping.channels(), List.copyOf(rows.subList(0, Math.min(maxRows, rows.size()))),
                    problem);
        } catch (IOException e) {
            throw new TwinException(file.getFileName() + ": cannot read for the preview (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void keep(SampleBlock block, List<Row> rows) {
        int n = block.channels().size();
        for (int r = 0; r < block.size(); r++) {
            double[] v = new double[n];
            for (int c = 0; c < n; c++) {
                v[c] = block.value(r, c);
            }
            rows.add(new Row(block.sourceLine(r), block.timeS(r), v, null));
        }
    }

    /**
     * Copies lines until {@code contentLines} lines that are neither blank nor comments have been copied (the header
     * and the data rows; blank and comment lines in between are copied too).
     */
    static void copyHead(Path from, Path to, int contentLines, String commentPrefix) throws IOException {
        byte comment = commentPrefix == null ? -1 : (byte) commentPrefix.charAt(0);
        byte[] buf = new byte[1 << 16];
        int counted = 0;
        long copied = 0;
        boolean lineStart = true;
        boolean lineHasContent = false;
        boolean commentLine = false;
        try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to)) {
            for (int n; counted < contentLines && copied < MAX_HEAD_BYTES && (n = in.read(buf)) > 0; ) {
                int end = n;
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        if (lineHasContent && !commentLine && ++counted == contentLines) {
                            end = i + 1;
                            break;
                        }
                        lineStart = true;
                        lineHasContent = false;
                        commentLine = false;
                    } else if (b != '\r' && b != ' ' && b != '\t' && b != 0) {
                        if (lineStart && !lineHasContent && b == comment) {
                            commentLine = true;
                        }
                        lineHasContent = true;
                        lineStart = false;
                    }
                }
                out.write(buf, 0, end);
                copied += end;
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a left-over temporary head file is harmless; the OS cleans its temp folder
        }
    }
}
