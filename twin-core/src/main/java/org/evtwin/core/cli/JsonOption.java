package org.evtwin.core.cli;

/** Commands with a {@code --json} flag: their last stdout line is one JSON object, also on failure. */
interface JsonOption {
    boolean json();
}
