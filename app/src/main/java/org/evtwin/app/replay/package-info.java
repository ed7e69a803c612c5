/**
 * The replay panel ({@link org.evtwin.app.replay.ReplayControlsView} + {@link
 * org.evtwin.app.replay.ReplayControlsViewModel}), the replay counterpart of the simulator panel: data set name, time
 * cursor (slider = seek, h:mm:ss), play/pause, speed 0.1×–1000× on a log slider or "Max" (as fast as possible), loop,
 * bookmarks, and the residuals (measured − model: RMSE, max |r|, mean in mV, K, % SoC) of the model running alongside.
 * {@link org.evtwin.app.replay.ReplayModels} picks that model for a stored data set as {@code twin replay} does (NASA
 * files: the fitted NASA B0005 cell; ORNL Bitrode files: the fitted Leaf cell; telemetry: the built-in pack with as
 * many cells) and builds the engine.
 *
 * <h2>Wiring (composition root)</h2>
 * The simulator engine must sit behind a {@code SourceSwitch} that the frame pump, the alert engine and the status
 * line read ({@code new FramePump(sourceSwitch.latest())}, {@code sourceSwitch.addFrameListener(alertEngine)}), so
 * replayed frames go down the same path as simulated ones:
 * <pre>{@code
 * dataSetsVm.setOnReplay(info -> {
 *     ReplayEngine replay;
 *     try {
 *         replay = ReplayModels.engine(store, info, 60, e -> errors.report("The replay stopped", e));
 *     } catch (TwinException e) {                 // no built-in model fits: the message says what to do
 *         errors.report("Cannot replay " + info.name(), e);
 *         return;
 *     }
 *     FrameSource previous = sourceSwitch.switchTo(replay);
 *     previous.setPaused(true);                   // or close it, if it was an earlier replay
 *     replay.start();                             // publishes the first frame at once, paused
 *     ReplayControlsViewModel replayVm = new ReplayControlsViewModel(replay, info.name());
 *     sourcesPane.setContent(new ReplayControlsView(replayVm).root());   // in place of the simulator panel
 *     currentReplayVm = replayVm;                 // for the pulse below and the menu actions
    replayVm.setOnLeave(() -> {                 // the panel's "Back to simulator" button
        sourceSwitch.switchTo(simulatorEngine);
        replay.close();
        sourcesPane.setContent(simulatorControlsView.root());
        currentReplayVm = null;
    });
 * });
 * pump.onPulse(now -> {
 *     if (currentReplayVm != null) {
 *         currentReplayVm.update();               // cursor, state, residual table: once per pulse, never per frame
 *         // residual colouring: the replay delivers measured − model; Pack3DViewModel.applyResidual documents
 *         // model − measured, so negate (or change its label to measured − model):
 *         // packVm.applyResidual(negated(currentReplayVm.cellVoltageResidualV()));  (length = the model's cells)
 *     }
 * });
 * }</pre>
 * The views (3D pack, gauges, charts, alerts) are built for the simulator's topology; a single-cell replay (NASA,
 * Leaf) has a 1-cell model, so the 3D view needs a rebuild for {@code replay}'s topology (or stays on the pack and
 * shows cell 0) — the composition root's decision. Closing: {@code replay.close()} when switching back or at exit.
 *
 * <p>Suggested menu items ("Replay" menu, enabled while a replay is active): Play/Pause Space or Ctrl+P
 * ({@code playingProperty} toggle), Faster Ctrl+= / Slower Ctrl+- ({@code speedProperty} × / ÷ 10^0.25), As fast as
 * possible Ctrl+M ({@code asFastAsPossibleProperty}), Loop Ctrl+L ({@code loopProperty}), Add bookmark Ctrl+B (focus
 * the bookmark field), Back to the simulator Ctrl+Shift+S ({@code sourceSwitch.switchTo(simulatorEngine)}).
 */
package org.evtwin.app.replay;
