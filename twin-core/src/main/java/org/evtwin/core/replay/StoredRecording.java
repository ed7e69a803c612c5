package org.evtwin.core.replay;

import java.util.List;
import org.evtwin.core.TwinException;
import org.evtwin.core.store.DataSetInfo;
import org.evtwin.core.store.DataSetStore;
import org.evtwin.core.telemetry.Channel;
import org.evtwin.core.telemetry.SampleBlock;

/**
 * A data set in the store as a {@link RecordingReader}: every {@link #open} is a {@link DataSetStore#openSamples}
 * cursor (its own connection), so seeks and loops reopen from the wanted time without reading what lies before.
 */
public final class StoredRecording implements RecordingReader {
    private final DataSetStore store;
    private final DataSetInfo info;

    /** @throws TwinException if the data set has no samples */
    public StoredRecording(DataSetStore store, DataSetInfo info) {
        if (info.acceptedRows() == 0 || Double.isNaN(info.firstTimeS())) {
            throw new TwinException("data set " + info.id() + " (" + info.name() + ") has no samples to replay");
        }
        this.store = store;
        this.info = info;
    }

    public DataSetInfo info() {
        return info;
    }

    @Override
    public String name() {
        return info.name();
    }

    @Override
    public List<Channel> channels() {
        return info.coreChannels();
    }

    @Override
    public double startTimeS() {
        return info.firstTimeS();
    }

    @Override
    public double endTimeS() {
        return info.lastTimeS();
    }

    @Override
    public SampleCursor open(double fromTimeS) {
        org.evtwin.core.store.SampleCursor c = store.openSamples(info.id(), fromTimeS);
        return new SampleCursor() {
            @Override
            public SampleBlock next() {
                SampleBlock b = c.next();
                while (b != null && b.size() == 0) {
                    b = c.next();
                }
                return b;
            }

            @Override
            public void close() {
                c.close();
            }
        };
    }
}
