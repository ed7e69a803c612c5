package org.evtwin.core.ingest.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.evtwin.core.telemetry.SampleBlock;

/** One run of {@link CsvImporter#run}: the read loop, the row rules, the policy, progress and cancel. */
final class ImportRun {
    private final Path file;
    private final String label;
    private final ColumnMapping mapping;
    private final ImportPolicy policy;
    private final BlockConsumer blocks;
    private final RejectConsumer rejects;
    private final ProgressListener progress;
    private final Cancellation cancel;
    private final long start = System.nanoTime();

    private final boolean strictTime;
    private long size = -1;
    private TextInput in;
    private RowParser parser;
    private SampleBlock block;
    private String[] names;
    private int timeField = -1;
    private char delimiter = ',';
    private char decimal = '.';
    private long accepted;
    private long rejected;
    private long records;
    private long lastLine;
    private double firstTime = Double.NaN;
    private double lastTime = Double.NaN;
    private long lastTimeLine;
    private long nextProgress;

    ImportRun(Path file, ColumnMapping mapping, ImportPolicy policy, BlockConsumer blocks, RejectConsumer rejects,
            ProgressListener progress, Cancellation cancel) {
        this.file = file;
        this.label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        this.mapping = mapping;
        this.policy = policy;
        this.blocks = blocks;
        this.rejects = rejects;
        this.progress = progress;
        this.cancel = cancel;
        this.strictTime = mapping.timeOrder() == ColumnMapping.TimeOrder.INCREASING;
    }

    ImportSummary run() {
        try {
            size = Files.size(file);
            if (size == 0) {
                throw failed(label + ": empty file (0 bytes)");
            }
            dialect(FileHead.read(file, mapping.encoding()));
            parser = new RowParser(mapping, decimal == ',');
            try (TextInput text = TextInput.open(file, mapping.encoding());
                    CsvReader<RowParser> csv = reader(text)) {
                in = text;
                if (mapping.skipLines() > 0) {
                    csv.skipLines(mapping.skipLines());
                }
                readAll(csv);
            }
        } catch (TextInput.NotTextException e) {
            throw failed(label + ": line " + e.line + ": " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof TextInput.NotTextException t) {
                throw failed(label + ": line " + t.line + ": " + t.getMessage(), t);
            }
            throw failed(label + ": cannot read (" + e.getCause().getMessage() + ")", e);
        } catch (NoSuchFileException e) {
            throw failed(label + ": file not found (" + file + ")", e);
        } catch (IOException e) {
            throw failed(label + ": cannot read (" + e.getMessage() + ")", e);
        } catch (CsvParseException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw failed(label + ": " + e.getMessage().replace("Exception when reading record that started in line",
                    "line") + ": " + root.getMessage(), e);
        }
        if (names == null) {
            throw failed(label + ": no header and no data: only blank or comment lines");
        }
        if (accepted == 0) {
            throw failed(label + ": no data rows" + (rejected > 0 ? " accepted (" + rejected + " rejected)"
                    : " after the header"));
        }
        if (block != null && block.size() > 0) {
            blocks.accept(block);
            block.clear();
        }
        report(System.nanoTime());
        return summary();
    }

    private void dialect(FileHead head) {
        List<String> content = head.contentLines(mapping.skipLines(), mapping.commentPrefix());
        delimiter = mapping.delimiter() != null ? mapping.delimiter().charAt(0) : DialectSniffer.delimiter(content);
        decimal = mapping.decimalSeparator() != null ? mapping.decimalSeparator().charAt(0)
                : DialectSniffer.decimalSeparator(content, delimiter);
        if (decimal == delimiter) {
            throw failed(label + ": the decimal separator '" + decimal + "' cannot also be the delimiter");
        }
    }

    private CsvReader<RowParser> reader(TextInput text) {
        String comment = mapping.commentPrefix();
        return CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
                .commentStrategy(comment == null ? CommentStrategy.NONE : CommentStrategy.READ)
                .commentCharacter(comment == null ? (delimiter == '#' ? ';' : '#') : comment.charAt(0))
                .skipEmptyLines(true).ignoreDifferentFieldCount(true).detectBomHeader(false).build(parser, text);
    }

    private void readAll(CsvReader<RowParser> csv) {
        String lastComment = null;
        for (RowParser r : csv) {
            lastLine = r.line();
            if (++records % CsvImporter.CANCEL_CHECK_ROWS == 0) {
                tick();
            }
            if (r.comment()) {
                lastComment = names == null ? r.comment : lastComment;
                continue;
            }
            if (r.blank && r.fieldCount() == 1) {
                continue;
            }
            if (names == null) {
                switch (mapping.header()) {
                    case FIRST_LINE -> {
                        columns(r.texts, 0);
                        continue;
                    }
                    case LAST_COMMENT -> {
                        if (lastComment == null) {
                            throw failed(label + ": line " + r.line() + ": no comment line with the column names "
                                    + "before the first data line (header: LAST_COMMENT)");
                        }
                        columns(CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(lastComment).stream()
                                .findFirst().orElseThrow().getFields(), 0);
                    }
                    case NONE -> columns(null, r.texts.size());
                }
                r.replay(r.texts);
            }
            row(r);
        }
    }

    private void columns(List<String> header, int fields) {
        try {
            ColumnResolver.Resolved res = ColumnResolver.resolve(mapping, header, fields);
            names = res.names();
            for (int i = 0; i < res.target().length; i++) {
                if (res.target()[i] == RowParser.TIME || res.target()[i] == RowParser.DATE) {
                    timeField = i;
                }
            }
            parser.columnsKnown(res.target(), names);
        } catch (ColumnResolver.MissingColumn e) {
            throw failed(label + ": line " + lastLine + ": " + e.getMessage());
        }
    }

    private void row(RowParser r) {
        long line = r.line();
        int fields = r.fieldCount();
        if (fields < names.length) {
            reject(line, names[fields], "", RejectRule.MISSING_COLUMNS, "missing columns: the row has " + fields
                    + " field(s), " + reference() + names.length);
            return;
        }
        if (r.hasError()) {
            String detail = r.rule == RejectRule.EXTRA_COLUMNS ? "extra columns: the row has " + fields
                    + " fields, " + reference() + names.length + " (\"" + Reject.truncate(r.errorText.strip())
                    + "\" beyond them)" : r.errorDetail;
            reject(line, column(r.errorField), r.errorText, r.rule, detail);
            return;
        }
        double t = r.rowTime();
        if (Double.isNaN(t)) {
            String text = r.dateText + " " + r.clockText;
            reject(line, column(timeField), text, RejectRule.UNPARSEABLE_TIME, "\"" + Reject.truncate(text)
                    + "\" does not match the pattern '" + mapping.time().pattern() + "'");
            return;
        }
        if (accepted > 0 && (t < lastTime || t == lastTime && strictTime)) {
            boolean same = t == lastTime;
            reject(line, column(timeField), Double.toString(t), same ? RejectRule.DUPLICATE_TIME
                    : RejectRule.TIME_NOT_INCREASING, same ? "duplicate timestamp: time " + t + " s repeats line "
                    + lastTimeLine : "time not increasing: " + t + " s is before " + lastTime + " s of line "
                    + lastTimeLine);
            return;
        }
        accept(r, t, line);
    }

    private void accept(RowParser r, double t, long line) {
        if (block == null) {
            block = new SampleBlock(mapping.channels(), CsvImporter.BLOCK_ROWS);
        }
        int row = block.addRow(t, line);
        double[] v = r.values;
        for (int k = 0; k < v.length; k++) {
            block.set(row, k, v[k]);
        }
        if (accepted == 0) {
            firstTime = t;
        }
        accepted++;
        lastTime = t;
        lastTimeLine = line;
        if (block.isFull()) {
            blocks.accept(block);
            block.clear();
        }
    }

    private String reference() {
        return mapping.header() == ColumnMapping.Header.NONE ? "the first row has " : "the header has ";
    }

    private String column(int field) {
        return field >= 0 && field < names.length ? names[field] : "#" + (field + 1);
    }

    private void reject(long line, String column, String value, RejectRule rule, String detail) {
        Reject r = new Reject(label, line, column, Reject.truncate(value), rule, detail);
        rejected++;
        rejects.accept(r);
        if (policy.mode() == ImportPolicy.Mode.STOP) {
            throw failed(r.message() + " (policy: stop at the first error)");
        }
        if (rejected > policy.maxRejects()) {
            throw failed(label + ": more than " + policy.maxRejects() + " rows rejected (the skip limit); the last: "
                    + r.message());
        }
    }

    private void tick() {
        if (cancel.isCancelled()) {
            throw new ImportCancelledException(label + ": import cancelled at line " + lastLine + " (" + accepted
                    + " rows read, nothing kept)", summary());
        }
        long now = System.nanoTime();
        if (now >= nextProgress) {
            report(now);
            nextProgress = now + CsvImporter.PROGRESS_INTERVAL_NANOS;
        }
    }

    private void report(long now) {
        double elapsed = (now - start) * 1e-9;
        long bytes = in == null ? 0 : in.bytesRead();
        double rate = elapsed > 0 ? (accepted + rejected) / elapsed : 0;
        double left = bytes > 0 && size > 0 ? elapsed * Math.max(0, size - bytes) / bytes : Double.NaN;
        progress.onProgress(new ImportProgress(bytes, size, accepted, rejected, rate, left));
    }

    private ImportSummary summary() {
        return new ImportSummary(label, in == null ? "" : in.charset().name(), in != null && in.bom(), delimiter,
                decimal, mapping.channels(), accepted, rejected, lastLine, in == null ? 0 : in.bytesRead(),
                firstTime, lastTime, mapping.time().absolute() && parser != null ? parser.timeReader().epoch() : null,
                (System.nanoTime() - start) * 1e-9);
    }

    private ImportFailedException failed(String message) {
        return new ImportFailedException(message, names == null ? null : summary());
    }

    private ImportFailedException failed(String message, Throwable cause) {
        return new ImportFailedException(message, names == null ? null : summary(), cause);
    }
}
