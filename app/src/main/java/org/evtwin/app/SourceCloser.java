package org.evtwin.app;

import org.evtwin.core.engine.FrameSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a source the workstation no longer shows. Closing can wait for the network (an MQTT disconnect, up to the
 * broker's time-out) or for the source's threads to end: never on the FX thread.
 */
final class SourceCloser {
    private static final Logger LOG = LoggerFactory.getLogger(SourceCloser.class);

    private SourceCloser() {
    }

    static void closeInBackground(FrameSource source) {
        Thread t = new Thread(() -> {
            try {
                source.close();
            } catch (RuntimeException e) {
                LOG.warn("closing the previous source ({}): {}", source.getClass().getSimpleName(), e.getMessage());
            }
        }, "source-close");
        t.setDaemon(true);
        t.start();
    }
}
