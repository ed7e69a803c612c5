/**
 * Replay of a recorded data set through the twin: {@link org.evtwin.core.replay.ReplayEngine} turns the samples of
 * a {@link org.evtwin.core.replay.RecordingReader} into frames on its own thread, paced to wall time × speed
 * (0.1×–1000× or as fast as possible; the clock is injectable, {@link org.evtwin.core.replay.ReplayClock}), with play,
 * pause, seek, loop and {@link org.evtwin.core.replay.Bookmarks}. A {@code PackModel} runs alongside, driven by the
 * measured current and ambient ({@link org.evtwin.core.replay.ModelSetup}: which cell or pack, initial SoC), and every
 * {@link org.evtwin.core.replay.ReplayFrame} carries measured, model and residual (measured − model) values with
 * running RMSE and max |residual| per signal: what makes it a twin rather than a player.
 *
 * <p>The engine is a {@link org.evtwin.core.engine.FrameSource} like the simulator: its display frames go through
 * {@code LatestFrame} and the frame listeners, so the workstation's views need no special case; residuals travel
 * beside them through {@link org.evtwin.core.replay.LatestReplayFrame} and the replay listeners.
 *
 * <p>The store's reader adapts to {@link org.evtwin.core.replay.RecordingReader} (channels, time range, a cursor of
 * {@code SampleBlock}s from a time); {@link org.evtwin.core.replay.InMemoryRecording} implements it in memory.
 */
package org.evtwin.core.replay;
