/**
 * The replay panel ({@link org.evtwin.app.replay.ReplayControlsView} + {@link
 * org.evtwin.app.replay.ReplayControlsViewModel}), the replay counterpart of the simulator panel: data set name, time
 * cursor (slider = seek, h:mm:ss), play/pause, speed 0.1×–1000× on a log slider or "Max" (as fast as possible), loop,
 * bookmarks (kept per data set in the store), and the residuals (measured − model: RMSE, max |r|, mean in mV, K,
 * % SoC) of the model running alongside.
 * {@link org.evtwin.app.replay.ReplayModels} picks that model for a stored data set as {@code twin replay} does (NASA
 * files: the fitted NASA B0005 cell; ORNL Bitrode files: the fitted Leaf cell; telemetry: the built-in pack with as
 * many cells) and builds the engine.
 *
 * <h2>Wiring (composition root, with the workstation's {@code SourceHost})</h2>
 * Replayed frames go down the same path as simulated ones through {@code SourceHost.use} (the window's
 * {@code SourceSwitch}: frame pump, gauges, charts, alerts; views rebuilt for the model's pack):
 * <pre>{@code
 * dataSetsVm.setOnReplay(info -> {
 *     ModelSetup setup;
 *     ReplayEngine replay;
 *     try {
 *         setup = ReplayModels.forDataSet(info);        // TwinException when no built-in model fits: show it
 *         replay = ReplayModels.engine(store, info, setup, 60, e -> errors.report("The replay stopped", e));
 *     } catch (TwinException e) {
 *         errors.report("Cannot replay " + info.name(), e);
 *         return;
 *     }
 *     host.use(replay, setup.topology());             // pauses the simulator, closes an earlier replay/live source,
 *                                                     // starts this one (paused at its first sample)
 *     // bookmarks kept with the data set in the store (shown again on the next replay, deleted with it); the store
 *     // calls are single-row statements on the FX thread (the older (replay, info.name()) keeps them in memory only)
 *     ReplayControlsViewModel replayVm = new ReplayControlsViewModel(replay, info, store);
 *     replayVm.setOnLeave(host::useSimulator);        // the panel's "Back to simulator" button
 *     sourcesPane.setContent(new ReplayControlsView(replayVm).root());   // in place of the simulator panel
 *     currentReplayVm = replayVm;                     // for the pulse below and the menu actions
 * });
 * pump.onPulse(now -> {
 *     if (currentReplayVm != null && host.active() is that replay) {
 *         currentReplayVm.update();                   // cursor, state, residuals: once per pulse, never per frame
 *         // residual colouring: the replay delivers measured − model; Pack3DViewModel.applyResidual documents
 *         // model − measured: negate (or change its label to measured − model):
 *         // packVm.applyResidual(negated(currentReplayVm.cellVoltageResidualV()));   (length = the model's cells)
 *     }
 * });
 * }</pre>
 * When another source takes over (or {@code useSimulator}), put the simulator panel back and drop
 * {@code currentReplayVm}; the host closes the replay engine.
 *
 * <p>Suggested menu items ("Replay" menu, enabled while a replay is active): Play/Pause Space or Ctrl+P
 * ({@code playingProperty} toggle), Faster Ctrl+= / Slower Ctrl+- ({@code speedProperty} × / ÷ 10^0.25), As fast as
 * possible Ctrl+M ({@code asFastAsPossibleProperty}), Loop Ctrl+L ({@code loopProperty}), Add bookmark Ctrl+B (focus
 * the bookmark field), Back to the simulator Ctrl+Shift+S ({@code sourceSwitch.switchTo(simulatorEngine)}).
 */
package org.evtwin.app.replay;
