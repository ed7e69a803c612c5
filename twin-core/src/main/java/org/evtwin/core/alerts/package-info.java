/**
 * Alerts over telemetry frames: thresholds with hysteresis, per-cell and pack-level rules, and an allocation-free
 * evaluator that runs on the engine thread for every frame.
 *
 * <ul>
 *   <li>{@link org.evtwin.core.alerts.Threshold} — one warning/critical pair with a hysteresis band; its
 *       {@code classify} methods are shared by the alert evaluator and by the UI gauges (colours), so a gauge and an
 *       alert never disagree.</li>
 *   <li>{@link org.evtwin.core.alerts.AlertThresholds} — the configurable, validated set of thresholds, one per
 *       {@link org.evtwin.core.alerts.AlertRule}, with documented defaults.</li>
 *   <li>{@link org.evtwin.core.alerts.AlertEngine} — evaluates frames ({@link org.evtwin.core.telemetry.FrameSink}),
 *       keeps one severity per (rule, cell) in primitive arrays, emits {@link org.evtwin.core.alerts.AlertEvent}s
 *       only when a severity changes, and publishes an immutable {@link org.evtwin.core.alerts.ActiveAlerts}
 *       snapshot for other threads.</li>
 * </ul>
 *
 * <p>Units: thresholds are expressed in the units of {@link org.evtwin.core.telemetry.PackFrame} (SoC and SoH as
 * fractions 0–1, volts, degC) plus cycles for RUL; events carry their value in the rule's display unit (%, mV, V,
 * °C, cycles) with the unit text, ready to be shown.
 */
package org.evtwin.core.alerts;
