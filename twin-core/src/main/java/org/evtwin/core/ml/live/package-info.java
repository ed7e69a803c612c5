/**
 * RUL for a running twin: {@link org.evtwin.core.ml.live.CycleHistoryRecorder} turns the frames of any source into
 * per-cell ageing histories (one entry per equivalent full cycle, as {@code docs/rul.md} defines them), and
 * {@link org.evtwin.core.ml.live.RulMonitor} predicts from them on a slow cadence, off the frame thread, publishing
 * one immutable {@link org.evtwin.core.ml.live.PackRul} for the UI and the alerts.
 */
package org.evtwin.core.ml.live;
