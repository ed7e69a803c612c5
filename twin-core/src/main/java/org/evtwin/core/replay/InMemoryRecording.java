package org.evtwin.core.replay;

import java.util.ArrayList;
import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;

/** A recording held in memory (tests, a CSV file read whole, a data set small enough to keep). Immutable. */
public final class InMemoryRecording implements RecordingReader {
    private final String name;
    private final List<Channel> channels;
    private final List<SampleBlock> blocks;

    /**
     * @param blocks blocks in time order with the same channels; copied (the caller may reuse them)
     * @throws TwinException if there are no samples, the channels differ between blocks or time goes backwards
     */
    public InMemoryRecording(String name, List<SampleBlock> blocks) {
        this.name = name;
        List<SampleBlock> kept = new ArrayList<>();
        List<Channel> first = null;
        double last = Double.NEGATIVE_INFINITY;
        for (SampleBlock b : blocks) {
            if (first == null) {
                first = b.channels();
            } else if (!first.equals(b.channels())) {
                throw new TwinException(name + ": block " + kept.size() + " has channels " + b.channels()
                        + ", the first block " + first);
            }
            for (int r = 0; r < b.size(); r++) {
                double t = b.timeS(r);
                if (!(t >= last) || Double.isInfinite(t)) {
                    throw new TwinException(name + ": sample at line " + b.sourceLine(r) + ": time " + t
                            + " s is not finite or comes before the previous sample (" + last + " s)");
                }
                last = t;
            }
            if (b.size() > 0) {
                kept.add(b.copy());
            }
        }
        if (kept.isEmpty()) {
            throw new TwinException(name + ": the recording has no samples");
        }
        this.channels = first;
        this.blocks = List.copyOf(kept);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Channel> channels() {
        return channels;
    }

    @Override
    public double startTimeS() {
        return blocks.get(0).timeS(0);
    }

    @Override
    public double endTimeS() {
        SampleBlock b = blocks.get(blocks.size() - 1);
        return b.timeS(b.size() - 1);
    }

    /** Number of samples. */
    public int size() {
        int n = 0;
        for (SampleBlock b : blocks) {
            n += b.size();
        }
        return n;
    }

    @Override
    public SampleCursor open(double fromTimeS) {
        return new SampleCursor() {
            private int next = firstBlock(fromTimeS);
            private boolean trimmed;

            @Override
            public SampleBlock next() {
                if (next >= blocks.size()) {
                    return null;
                }
                SampleBlock b = blocks.get(next++);
                if (!trimmed) {
                    trimmed = true;
                    return tail(b, fromTimeS);
                }
                return b;
            }

            @Override
            public void close() {
                next = blocks.size();
            }
        };
    }

    private int firstBlock(double fromTimeS) {
        for (int i = 0; i < blocks.size(); i++) {
            SampleBlock b = blocks.get(i);
            if (b.timeS(b.size() - 1) >= fromTimeS) {
                return i;
            }
        }
        return blocks.size();
    }

    /** The rows of {@code b} at or after {@code fromTimeS} (b itself when all are). */
    private static SampleBlock tail(SampleBlock b, double fromTimeS) {
        int first = 0;
        while (first < b.size() && b.timeS(first) < fromTimeS) {
            first++;
        }
        if (first == 0) {
            return b;
        }
        SampleBlock t = new SampleBlock(b.channels(), b.size() - first);
        for (int r = first; r < b.size(); r++) {
            int row = t.addRow(b.timeS(r), b.sourceLine(r));
            for (int c = 0; c < b.channels().size(); c++) {
                t.set(row, c, b.value(r, c));
            }
        }
        return t;
    }
}
