/**
 * Recorded data in the workstation: the data-set browser ({@link org.evtwin.app.datasets.DataSetsView} +
 * {@link org.evtwin.app.datasets.DataSetsViewModel}: list, provenance, channels, rejects, delete, export, replay,
 * import), the import dialog ({@link org.evtwin.app.datasets.ImportDialog} +
 * {@link org.evtwin.app.datasets.ImportViewModel}: detection, the column-by-column mapping editor
 * ({@link org.evtwin.app.datasets.MappingEditor}: what each column is, cell index, unit, scale, sign, time form;
 * problems named per column and rule at each edit), mapping JSON, preview of the first rows through the real
 * importer, error policy, progress with rows/s and time left, cancel, summary and rejects) and the first-start offer
 * of the shipped samples ({@link org.evtwin.app.datasets.SampleDataBanner} +
 * {@link org.evtwin.app.datasets.SampleDataOffer}).
 *
 * <h2>Threads</h2>
 * Every store and file call runs on one background thread ({@link org.evtwin.app.datasets.BackgroundTasks}, in
 * submission order); its result is applied on the FX thread once per task. Import progress is coalesced: at most one
 * hand-off to the FX thread is pending, whatever the rate of reports (the importer reports every 0.25 s).
 *
 * <h2>Wiring (composition root, {@code WorkstationApp.start})</h2>
 * <pre>{@code
 * DataSetStore store = DataSetStore.open(DatabaseLocation.resolve(null));   // once; store.close() in stop()
 * BackgroundTasks storeTasks = BackgroundTasks.forFx("evtwin-datasets");    // once; close() in stop()
 * DataSetsViewModel dataSetsVm = new DataSetsViewModel(store, storeTasks);
 * DataSetsView dataSets = new DataSetsView(dataSetsVm);
 * SampleDataOffer offer = new SampleDataOffer(store, storeTasks, settings);  // the app's UserSettings
 * offer.setOnImported(d -> dataSetsVm.refresh());
 * Node dataSetsTab = new BorderPane(dataSets.root(), new SampleDataBanner(offer).root(), null, null, null);
 * dataSetsVm.setOnImport(() -> {
 *     ImportViewModel importVm = new ImportViewModel(store, storeTasks);
 *     importVm.setOnImported(d -> dataSetsVm.refresh());
 *     ImportDialog.open(stage, importVm, getClass().getResource("workstation.css").toExternalForm());
 * });
 * dataSetsVm.setOnReplay(info -> ...);          // see org.evtwin.app.replay
 * dataSetsVm.refresh();                         // after the window is shown
 * offer.check();                                // shows the banner on an empty database, once per user
 * }</pre>
 * Put {@code dataSetsTab} in a tab "Data sets" beside the charts. Suggested menu items (File menu):
 * "Import data set…" Ctrl+I → {@code dataSetsVm.openImport()}, "Data sets" Ctrl+D → select the Data sets tab.
 * No pulse work: these views update from their tasks' results only.
 */
package org.evtwin.app.datasets;
