/**
 * The live MQTT source panel (customer issue 5, app side): connection form (broker URL, client id, MQTT 5 / 3.1.1,
 * user name and password, TLS with the system trust store or a CA file, optional PKCS#12 client certificate,
 * hostname verification on unless the user confirms a warning, QoS 0/1, clean or persistent session, keep-alive,
 * reconnect back-off limit), connect / disconnect without restarting, an always visible state chip, vehicles to
 * watch and the one on screen, message rate, accepted and quarantined counts, a small quarantine viewer read from
 * the store off the FX thread, the ingest-to-screen latency, and the one-machine demo (embedded broker on loopback +
 * the simulator's frames published at 10 Hz + the live source connected to it).
 *
 * <p>Secrets: passwords come from {@code PasswordField}s as fresh {@code char[]}s handed to the core's
 * {@link org.evtwin.core.ingest.mqtt.MqttSettings} and wiped when the connection is closed (at once when connecting
 * is refused). They are never logged, never put in {@code toString()}, never written to {@code settings.properties};
 * neither is the user name. There is no "remember password": plain Java has no safe access to the OS secret store
 * (libsecret / Keychain / Credential Manager would need a native bridge the project does not have). JavaFX keeps the
 * typed text in the {@code PasswordField} as an immutable String until the field is cleared, which the view does
 * when it disconnects. A {@code tcp://} URL to a host that is not this machine connects only after the user
 * confirms it in a dialog ({@link org.evtwin.app.live.LiveSourceViewModel#checkBeforeConnect()} is the decision
 * point).
 *
 * <p><b>Wiring (composition root, with the workstation's {@code SourceHost}):</b>
 * <pre>{@code
 * LiveSourceViewModel liveVm = new LiveSourceViewModel(new LiveServices(engine, simulatorPack, store,
 *         MessageRules.DEFAULTS));           // store: the app's DataSetStore, or null to record nothing
 * liveVm.load(settings);                    // remembered form (never credentials)
 * LiveSourceView liveView = new LiveSourceView(liveVm);   // put liveView.root() in the sources pane
 * pump.onPulse(now -> liveVm.update());     // once per pulse: status, vehicles, latency, demo, quarantine
 * liveVm.liveSourceProperty().addListener((o, old, live) -> {
 *     if (live != null) {                   // a FrameSource; the host feeds the window from it
 *         host.use(live, liveVm.onScreenProperty().get().topology());
 *         if (liveVm.demoBusyProperty().get()) {
 *             engine.setPaused(false);      // the demo publishes the simulator's frames: keep it running
 *         }
 *     } else if (host.active() == old) {
 *         host.useSimulator();              // disconnected: back to the simulator
 *     }
 * });
 * liveVm.onScreenProperty().addListener((o, a, row) -> {   // another vehicle may carry another pack
 *     if (row != null && liveVm.liveSourceProperty().get() == host.active()) {
 *         host.use(host.active(), row.topology());
 *     }
 * });
 * // on close: liveVm.save(settings); liveVm.close();   (FX thread; disconnects, stops the demo, waits up to 10 s)
 * }</pre>
 * The panel owns the live source: it closes it on Disconnect and on close. If the host closes it first (another
 * source took over), the next {@link org.evtwin.app.live.LiveSourceViewModel#update()} sees it disconnected and
 * cleans up (recorder closed, passwords wiped). The demo publishes the newest frame of
 * {@code LiveServices.simulator()} (the engine itself, not the switch) at 10 Hz from its own thread, so the
 * simulator must keep running while the demo is shown ({@code SourceHost.use} pauses it).
 */
package org.evtwin.app.live;
