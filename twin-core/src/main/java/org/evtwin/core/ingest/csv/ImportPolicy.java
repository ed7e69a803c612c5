package org.evtwin.core.ingest.csv;

/**
 * What to do with a row that breaks a rule: stop the whole import at the first one, or skip it, report it and go on
 * until more than {@code maxRejects} rows have been rejected (then the import fails as a whole).
 *
 * @param mode       STOP or SKIP
 * @param maxRejects for SKIP: the most rejected rows tolerated (≥ 0); ignored for STOP
 */
public record ImportPolicy(Mode mode, long maxRejects) {
    /** The two choices the user has. */
    public enum Mode {
        /** The first rejected row fails the import. */
        STOP,
        /** Rejected rows are skipped and reported, up to {@code maxRejects}. */
        SKIP
    }

    public ImportPolicy {
        if (mode == null) {
            throw new IllegalArgumentException("policy mode must be STOP or SKIP");
        }
        if (maxRejects < 0) {
            throw new IllegalArgumentException("maxRejects must be >= 0, found " + maxRejects);
        }
    }

    public static ImportPolicy stopAtFirstError() {
        return new ImportPolicy(Mode.STOP, 0);
    }

    public static ImportPolicy skipUpTo(long maxRejects) {
        return new ImportPolicy(Mode.SKIP, maxRejects);
    }
}
