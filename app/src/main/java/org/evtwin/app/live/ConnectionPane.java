package org.evtwin.app.live;

import java.io.File;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.evtwin.core.ingest.mqtt.MqttSettings;

/** The "Connection" and "Security" sections of the live panel, bound to a {@link ConnectionForm}. */
final class ConnectionPane {
    private final ConnectionForm form;
    final PasswordField password = new PasswordField();
    final PasswordField keyStorePassword = new PasswordField();

    ConnectionPane(ConnectionForm form) {
        this.form = form;
        password.setId("live-password");
        keyStorePassword.setId("live-keystore-password");
    }

    Node connection() {
        GridPane g = grid();
        int r = 0;
        TextField url = text("live-broker-url", form.brokerUrlProperty(),
                "tcp://host:1883 (unencrypted) or ssl://host:8883 (TLS)");
        url.setPromptText("ssl://host:8883");
        g.addRow(r++, new Label("Broker URL"), url);
        g.addRow(r++, new Label("Client id"), text("live-client-id", form.clientIdProperty(),
                "A persistent session is bound to this id"));
        ComboBox<MqttSettings.Protocol> protocol = new ComboBox<>();
        protocol.getItems().addAll(MqttSettings.Protocol.values());
        protocol.valueProperty().bindBidirectional(form.protocolProperty());
        protocol.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MqttSettings.Protocol p) {
                return p == null ? "" : p == MqttSettings.Protocol.MQTT_5 ? "MQTT 5" : "MQTT 3.1.1";
            }

            @Override
            public MqttSettings.Protocol fromString(String s) {
                return s.contains("5") ? MqttSettings.Protocol.MQTT_5 : MqttSettings.Protocol.MQTT_3_1_1;
            }
        });
        g.addRow(r++, new Label("Protocol"), protocol);
        g.addRow(r++, new Label("Topic"), text("live-topic", form.topicFilterProperty(),
                "+ stands for the vehicle id: ev/+/battery/telemetry"));
        ComboBox<Integer> qos = new ComboBox<>();
        qos.getItems().addAll(0, 1);
        qos.setValue(form.qosProperty().get());
        qos.valueProperty().addListener((o, a, q) -> form.qosProperty().set(q));
        form.qosProperty().addListener((o, a, q) -> qos.setValue(q.intValue()));
        qos.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer q) {
                return q == null ? "" : q == 0 ? "0 (at most once)" : "1 (at least once)";
            }

            @Override
            public Integer fromString(String s) {
                return s.startsWith("0") ? 0 : 1;
            }
        });
        g.addRow(r++, new Label("QoS"), qos);
        CheckBox clean = new CheckBox("Clean session");
        clean.setTooltip(new Tooltip("The broker forgets us when we leave: no messages kept for us while away"));
        clean.setId("live-clean-session");
        clean.selectedProperty().bindBidirectional(form.cleanSessionProperty());
        g.add(clean, 0, r++, 2, 1);
        g.addRow(r++, new Label("Keep-alive"), withUnit(text("live-keep-alive", form.keepAliveSProperty(),
                "Seconds between pings when idle (0 = off)"), "s"));
        g.addRow(r++, new Label("Reconnect"), withUnit(text("live-reconnect", form.maxReconnectDelaySProperty(),
                "Automatic reconnect waits 1 s, doubling up to this"), "s max back-off"));
        TextArea vehicles = new TextArea();
        vehicles.setId("live-vehicles");
        vehicles.setPrefRowCount(2);
        vehicles.setPromptText("car-1=leaf-96s2p, car-2=leaf-96s2p");
        vehicles.setTooltip(new Tooltip("Vehicles to accept, id=pack (a built-in pack or a topology file)"));
        vehicles.textProperty().bindBidirectional(form.vehiclesProperty());
        g.add(new Label("Vehicles (id=pack)"), 0, r++, 2, 1);
        g.add(vehicles, 0, r, 2, 1);
        return g;
    }

    Node security() {
        GridPane g = grid();
        int r = 0;
        g.addRow(r++, new Label("User name"), text("live-username", form.usernameProperty(), "Empty for none"));
        password.setPromptText("not stored");
        password.setTooltip(new Tooltip("Kept in memory for this connection only; never saved or logged"));
        g.addRow(r++, new Label("Password"), password);
        Label tlsNote = new Label();
        tlsNote.getStyleClass().add("live-note");
        tlsNote.setWrapText(true);
        tlsNote.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> form.usesTls()
                ? "TLS: on (ssl://)" : "TLS: off — use an ssl:// URL to encrypt", form.brokerUrlProperty()));
        g.add(tlsNote, 0, r++, 2, 1);
        javafx.beans.binding.BooleanBinding noTls = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !form.usesTls(), form.brokerUrlProperty());
        ComboBox<ConnectionForm.Trust> trust = new ComboBox<>();
        trust.disableProperty().bind(noTls);
        trust.setId("live-trust");
        trust.getItems().addAll(ConnectionForm.Trust.values());
        trust.valueProperty().bindBidirectional(form.trustProperty());
        g.addRow(r++, new Label("Trust"), trust);
        Node ca = fileRow("live-ca-file", form.caFileProperty(), "CA certificate (PEM)", "*.pem", "*.crt");
        ca.disableProperty().bind(noTls.or(form.trustProperty().isNotEqualTo(ConnectionForm.Trust.CA_FILE)));
        g.addRow(r++, new Label("CA file"), ca);
        Node cert = fileRow("live-client-cert", form.clientKeyStoreProperty(), "Client certificate and key (PKCS#12)",
                "*.p12", "*.pfx");
        cert.disableProperty().bind(noTls);
        keyStorePassword.disableProperty().bind(noTls);
        g.addRow(r++, new Label("Client cert."), cert);
        keyStorePassword.setPromptText("PKCS#12 password, not stored");
        g.addRow(r++, new Label("Cert. password"), keyStorePassword);
        CheckBox verify = new CheckBox("Verify the broker's host name");
        verify.setId("live-hostname-verification");
        verify.setSelected(form.hostnameVerificationProperty().get());
        verify.disableProperty().bind(noTls);
        verify.selectedProperty().addListener((o, was, on) -> {
            if (!on && form.hostnameVerificationProperty().get()) {
                boolean ok = LiveDialogs.confirmHostnameVerificationOff(verify.getScene().getWindow());
                form.hostnameVerificationProperty().set(!ok);
                verify.setSelected(!ok);
            } else if (on) {
                form.hostnameVerificationProperty().set(true);
            }
        });
        g.add(verify, 0, r++, 2, 1);
        Label warning = new Label("Hostname verification is off: only for test brokers.");
        warning.getStyleClass().add("live-warning");
        warning.setWrapText(true);
        warning.visibleProperty().bind(form.hostnameVerificationProperty().not());
        warning.managedProperty().bind(warning.visibleProperty());
        g.add(warning, 0, r, 2, 1);
        return g;
    }

    /** The passwords as fresh arrays for the core (the fields keep their text until {@link #clearSecrets}). */
    char[][] takeSecrets() {
        return new char[][] {chars(password), chars(keyStorePassword)};
    }

    void clearSecrets() {
        password.clear();
        keyStorePassword.clear();
    }

    private static char[] chars(PasswordField f) {
        CharSequence cs = f.getCharacters();
        char[] c = new char[cs.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = cs.charAt(i);
        }
        return c;
    }

    private Node fileRow(String id, StringProperty path, String what, String... patterns) {
        TextField f = text(id, path, what);
        Button browse = new Button("…");
        browse.setTooltip(new Tooltip("Choose the " + what.toLowerCase(Locale.ROOT) + " file"));
        browse.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle(what);
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, patterns));
            File chosen = c.showOpenDialog(browse.getScene().getWindow());
            if (chosen != null) {
                path.set(chosen.getAbsolutePath());
            }
        });
        HBox box = new HBox(4, f, browse);
        HBox.setHgrow(f, Priority.ALWAYS);
        return box;
    }

    private static TextField text(String id, StringProperty value, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private static Node withUnit(TextField f, String unit) {
        f.setPrefColumnCount(5);
        return new HBox(6, f, new Label(unit));
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(6));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, field);
        return g;
    }
}
