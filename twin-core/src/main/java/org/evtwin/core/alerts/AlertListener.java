package org.evtwin.core.alerts;

/**
 * Receives alert events on the thread that evaluates frames (the engine thread). Keep it short and non-blocking,
 * e.g. put the event on a queue; it is called only when a severity changes.
 */
@FunctionalInterface
public interface AlertListener {
    void onAlert(AlertEvent event);
}
