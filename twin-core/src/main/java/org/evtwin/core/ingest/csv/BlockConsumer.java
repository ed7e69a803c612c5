package org.evtwin.core.ingest.csv;

import org.evtwin.core.telemetry.SampleBlock;

/**
 * Receives the parsed rows, a full block at a time (the last one may be partly filled). The block is reused by the
 * importer after {@code accept} returns: copy what you keep. An exception thrown here stops the import and is
 * passed on to the caller of {@link CsvImporter#run}.
 */
@FunctionalInterface
public interface BlockConsumer {
    void accept(SampleBlock block);
}
