package org.evtwin.app.shell;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up phases against JVM uptime, logged as one line when the first frame is drawn, so that the launch time can
 * be read off any run's log (docs/benchmarks.md uses it). FX thread only.
 */
public final class StartupTimes {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTimes.class);
    private final List<String> marks = new ArrayList<>();
    private boolean logged;

    /** Records that a phase ended now. */
    public void mark(String phase) {
        marks.add(phase + " " + uptimeMs());
    }

    /** Logs the phases and the first frame, once. */
    public void firstFrame() {
        if (!logged) {
            logged = true;
            LOG.info("start-up [ms of JVM uptime]: {}, first frame {}", String.join(", ", marks), uptimeMs());
        }
    }

    static long uptimeMs() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "StartupTimes%s", marks);
    }
}
