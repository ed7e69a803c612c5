/**
 * The alerts screen: {@link org.evtwin.app.alerts.AlertsViewModel} takes alert events from the engine thread through
 * a lock-free queue and applies them in bulk once per pulse (no {@code Platform.runLater} per event);
 * {@link org.evtwin.app.alerts.AlertsView} shows them in a sortable, colour-coded table and raises non-blocking,
 * rate-limited notifications for critical alerts.
 */
package org.evtwin.app.alerts;
