package org.evtwin.app.live;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.evtwin.core.ingest.mqtt.ConnectionState;

/**
 * The live source panel: the status block (state chip, broker, topic, rate, counts, latency) and the connect and demo
 * buttons fixed on top (never scrolled away), then the connection form, security, vehicles and quarantine in
 * collapsible sections that scroll. Call
 * {@link LiveSourceViewModel#update()} once per pulse; the view only binds.
 */
public final class LiveSourceView {
    private final LiveSourceViewModel vm;
    private final ConnectionPane connection;
    private final BorderPane root;

    public LiveSourceView(LiveSourceViewModel vm) {
        this.vm = vm;
        this.connection = new ConnectionPane(vm.form());
        Node formContent = connection.connection();
        Node securityContent = connection.security();
        // the form describes the next connection: locked while one is open, so what is shown is what is in use
        formContent.disableProperty().bind(vm.liveSourceProperty().isNotNull().or(vm.demoBusyProperty()));
        securityContent.disableProperty().bind(formContent.disableProperty());
        TitledPane form = titled("Connection", formContent, true);
        TitledPane security = titled("Security", securityContent, false);
        TitledPane vehicles = titled("Vehicles", vehicles(), true);
        TitledPane quarantine = titled("Quarantine", quarantine(), false);
        VBox top = new VBox(6, status(), actions());
        top.setPadding(new Insets(6));
        VBox sections = new VBox(6, form, security, vehicles, quarantine);
        sections.setPadding(new Insets(0, 6, 6, 6));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        // the state and the buttons stay in view; only the sections below them scroll
        root = new BorderPane(scroll, top, null, null, null);
        root.setPrefWidth(380);
        root.setId("live-source");
        vm.status().stateProperty().addListener((o, a, s) -> {
            if (s == ConnectionState.DISCONNECTED) {
                connection.clearSecrets();
            }
        });
    }

    private Node status() {
        LiveStatusModel s = vm.status();
        Label chip = new Label();
        chip.setId("live-chip");
        chip.getStyleClass().addAll("live-chip", StatusText.chipClass(s.stateProperty().get()));
        chip.textProperty().bind(s.chipProperty());
        s.stateProperty().addListener((o, a, b) -> {
            chip.getStyleClass().remove(StatusText.chipClass(a));
            chip.getStyleClass().add(StatusText.chipClass(b));
        });
        Label detail = new Label();
        detail.setWrapText(true);
        detail.textProperty().bind(s.detailProperty());
        detail.setId("live-detail");
        // the detail explains connecting, reconnecting and failures; when connected the broker row says it all
        detail.visibleProperty().bind(s.stateProperty().isNotEqualTo(ConnectionState.CONNECTED)
                .and(s.stateProperty().isNotEqualTo(ConnectionState.DISCONNECTED)));
        detail.managedProperty().bind(detail.visibleProperty());
        GridPane g = ConnectionPane.grid();
        int r = 0;
        g.addRow(r++, new Label("Broker"), value("live-broker", s.brokerProperty()));
        g.addRow(r++, new Label("Topic"), value("live-topic-shown", s.topicProperty()));
        g.addRow(r++, new Label("Rate"), value("live-rate", s.rateProperty()));
        g.addRow(r++, new Label("Accepted"), value("live-accepted", s.acceptedProperty()));
        g.addRow(r++, new Label("Quarantined"), value("live-quarantined", s.quarantinedProperty()));
        Label latency = new Label("Latency");
        latency.setTooltip(new Tooltip("From receipt of a message to the first screen pulse showing its frame;"
                + " percentiles over the last n frames (at most " + LatencyMeter.WINDOW + ")"));
        g.addRow(r++, latency, value("live-latency", s.latencyProperty()));
        Label extra = wrapped(s.extraProperty());
        extra.getStyleClass().add("live-note");
        Label reject = wrapped(s.lastRejectProperty());
        reject.getStyleClass().add("live-warning");
        Label unknown = wrapped(s.unknownVehiclesProperty());
        unknown.setId("live-unlisted");
        unknown.getStyleClass().add("live-warning");
        Label error = wrapped(vm.errorProperty());
        error.setId("live-error");
        error.getStyleClass().add("inline-error");
        VBox box = new VBox(4, new HBox(8, new Label("State"), chip), detail, g, extra, reject, unknown, error);
        box.getStyleClass().add("live-status");
        return box;
    }

    private Node actions() {
        Button connect = new Button("Connect");
        connect.setId("live-connect");
        connect.setDefaultButton(false);
        connect.setOnAction(e -> connect());
        Button disconnect = new Button("Disconnect");
        disconnect.setId("live-disconnect");
        disconnect.setOnAction(e -> vm.disconnect());
        connect.disableProperty().bind(vm.liveSourceProperty().isNotNull().or(vm.demoBusyProperty()));
        disconnect.disableProperty().bind(vm.liveSourceProperty().isNull());
        Button demoStart = new Button("Start local demo");
        demoStart.setId("live-start-demo");
        demoStart.setTooltip(new Tooltip("Starts a broker on 127.0.0.1 inside the app, publishes the simulator's"
                + " frames at 10 Hz and watches them"));
        demoStart.setOnAction(e -> vm.startDemo());
        demoStart.disableProperty().bind(vm.demoBusyProperty());
        Button demoStop = new Button("Stop demo");
        demoStop.setId("live-stop-demo");
        demoStop.setOnAction(e -> vm.stopDemo());
        demoStop.disableProperty().bind(vm.demoBusyProperty().not());
        TextField port = new TextField();
        port.setId("live-demo-port");
        port.setPrefColumnCount(5);
        port.textProperty().bindBidirectional(vm.demoPortProperty());
        port.setTooltip(new Tooltip("Loopback port of the demo broker; 0 = any free port"));
        port.disableProperty().bind(vm.demoBusyProperty());
        Label demo = wrapped(vm.status().demoProperty());
        demo.getStyleClass().add("live-note");
        Label portLabel = new Label("Demo port");
        portLabel.setTooltip(port.getTooltip());
        HBox portRow = new HBox(6, portLabel, port);
        portRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, new HBox(6, connect, disconnect), new HBox(6, demoStart, demoStop), portRow, demo);
    }

    private void connect() {
        boolean confirmed = false;
        if (vm.checkBeforeConnect() == LiveSourceViewModel.ConnectCheck.NEEDS_PLAINTEXT_CONFIRMATION) {
            confirmed = LiveDialogs.confirmPlaintext(root.getScene().getWindow(),
                    vm.form().brokerUrlProperty().get());
            if (!confirmed) {
                return;
            }
        }
        char[][] secrets = connection.takeSecrets();
        vm.connect(secrets[0], secrets[1], confirmed);
    }

    private Node quarantine() {
        QuarantineView viewer = new QuarantineView(vm.quarantine());
        Label note = new Label(vm.quarantine().hasStore() ? "Every rejected message is kept in the store with its"
                + " reason and raw bytes." : "No store: rejected messages are counted but not kept.");
        note.setWrapText(true);
        note.getStyleClass().add("live-note");
        Label count = value("live-quarantined-again", vm.status().quarantinedProperty());
        Button show = new Button("Show rejected messages…");
        show.setId("live-quarantine-show");
        show.setDisable(!vm.quarantine().hasStore());
        show.setOnAction(e -> viewer.show(root.getScene().getWindow(), vm.quarantine()));
        VBox box = new VBox(6, new HBox(8, new Label("Quarantined"), count), note, show);
        box.setPadding(new Insets(6));
        return box;
    }

    private Node vehicles() {
        ListView<VehicleRow> list = new ListView<>(vm.vehicles());
        list.setId("live-vehicles-list");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label("Connect to list the vehicles"));
        list.setCellFactory(CheckBoxListCell.forListView(VehicleRow::watchedProperty));
        ComboBox<VehicleRow> onScreen = new ComboBox<>(vm.vehicles());
        onScreen.setId("live-on-screen");
        onScreen.valueProperty().bindBidirectional(vm.onScreenProperty());
        onScreen.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label("Ticked vehicles are recorded; the one chosen below is shown by the twin.");
        hint.setWrapText(true);
        hint.getStyleClass().add("live-note");
        Label seen = new Label();
        seen.setWrapText(true);
        seen.textProperty().bind(vm.status().seenVehiclesProperty());
        VBox box = new VBox(6, hint, list, seen, new Label("On screen"), onScreen);
        box.setPadding(new Insets(6));
        return box;
    }

    private static Label value(String id, ReadOnlyStringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("live-value");
        l.setWrapText(true);   // the panel is narrow: a long value (latency percentiles, a broker URL) wraps, not "…"
        l.textProperty().bind(text);
        return l;
    }

    private static Label wrapped(ReadOnlyStringProperty text) {
        Label l = new Label();
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(Bindings.isNotEmpty(text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static TitledPane titled(String title, Node content, boolean expanded) {
        TitledPane p = new TitledPane(title, content);
        p.setExpanded(expanded);
        return p;
    }

    public Node root() {
        return root;
    }
}
