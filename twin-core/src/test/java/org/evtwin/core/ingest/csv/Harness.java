package org.evtwin.core.ingest.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.telemetry.SampleBlock;

/** Runs an import and keeps everything it produced: copies of the blocks, the rejects, progress, the failure. */
final class Harness {
    final List<SampleBlock> blocks = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    final List<ImportProgress> progress = new ArrayList<>();
    final List<Integer> capacities = new ArrayList<>();
    ImportSummary summary;
    ImportFailedException failure;

    /** The usual test mapping: time_s [s], voltage [V] → cell 0 voltage, current [A] → pack current. */
    static ColumnMapping simple() {
        return ColumnMapping.of("test", TimeSpec.seconds("time_s"), List.of(
                ColumnSpec.of("voltage", "cell_0_voltage_v", SourceUnit.V),
                ColumnSpec.of("current", "pack_current_a", SourceUnit.A)));
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String text, Charset cs) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(cs));
        return f;
    }

    static Harness run(Path file, ColumnMapping m, ImportPolicy policy) {
        return run(file, m, policy, Cancellation.never());
    }

    static Harness run(Path file, ColumnMapping m, ImportPolicy policy, Cancellation cancel) {
        Harness h = new Harness();
        try {
            h.summary = CsvImporter.run(file, m, policy, b -> {
                h.capacities.add(b.capacity());
                h.blocks.add(b.copy());
            }, h.rejects::add, h.progress::add, cancel);
        } catch (ImportFailedException e) {
            h.failure = e;
        }
        return h;
    }

    /** All accepted rows' times. */
    double[] times() {
        return blocks.stream().flatMapToDouble(b -> java.util.Arrays.stream(b.times(), 0, b.size())).toArray();
    }

    /** All accepted rows' values of one channel. */
    double[] column(int channel) {
        return blocks.stream().flatMapToDouble(b -> java.util.Arrays.stream(b.column(channel), 0, b.size()))
                .toArray();
    }

    long[] lines() {
        return blocks.stream().flatMapToLong(b -> java.util.stream.LongStream.range(0, b.size())
                .map(r -> b.sourceLine((int) r))).toArray();
    }

    List<String> messages() {
        return rejects.stream().map(Reject::message).toList();
    }

    String failureMessage() {
        return failure == null ? "(no failure)" : failure.getMessage();
    }
}
