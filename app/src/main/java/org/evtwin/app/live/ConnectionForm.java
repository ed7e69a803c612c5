package org.evtwin.app.live;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.evtwin.app.settings.UserSettings;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.TelemetrySchema;
import org.evtwin.core.ingest.mqtt.TlsSettings;

/**
 * What the user typed to reach a broker, as properties for the view, turned into core {@link MqttSettings} only on
 * connect. Passwords are not properties: they are handed over as {@code char[]} at connect time and never remembered
 * (no OS secret store is reachable from plain Java here, so the panel offers no "remember password"). The user name
 * is not remembered either. Hostname verification always starts switched on.
 */
public final class ConnectionForm {
    /** How the broker's certificate is checked. */
    public enum Trust {
        SYSTEM("System trust store"), CA_FILE("CA certificate file (PEM)");

        private final String label;

        Trust(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final String PREFIX = "live.";
    private final StringProperty brokerUrl = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty(newClientId());
    private final ObjectProperty<MqttSettings.Protocol> protocol = new SimpleObjectProperty<>(
            MqttSettings.Protocol.MQTT_5);
    private final StringProperty username = new SimpleStringProperty("");
    private final ObjectProperty<Trust> trust = new SimpleObjectProperty<>(Trust.SYSTEM);
    private final StringProperty caFile = new SimpleStringProperty("");
    private final StringProperty clientKeyStore = new SimpleStringProperty("");
    private final BooleanProperty hostnameVerification = new SimpleBooleanProperty(true);
    private final IntegerProperty qos = new SimpleIntegerProperty(1);
    private final BooleanProperty cleanSession = new SimpleBooleanProperty(false);
    private final StringProperty keepAliveS = new SimpleStringProperty("30");
    private final StringProperty maxReconnectDelayS = new SimpleStringProperty("30");
    private final StringProperty topicFilter = new SimpleStringProperty(TelemetrySchema.TOPIC_FILTER);
    private final StringProperty vehicles = new SimpleStringProperty("");

    static String newClientId() {
        byte[] b = new byte[4];
        ThreadLocalRandom.current().nextBytes(b);
        return "evtwin-workstation-" + HexFormat.of().formatHex(b);
    }

    /**
     * Core settings for a connection.
     *
     * @param password           the broker password (null or empty for none); owned by the returned settings
     * @param keyStorePassword   the client key store's password (null for none); owned by the returned settings
     * @param plaintextConfirmed the user confirmed an unencrypted connection to another machine
     * @throws IllegalArgumentException with a message naming the field and the rule
     */
    public MqttSettings toSettings(char[] password, char[] keyStorePassword, boolean plaintextConfirmed) {
        int keepAlive = seconds("Keep-alive", keepAliveS.get(), 0, 65_535);
        int reconnect = seconds("Reconnect back-off limit", maxReconnectDelayS.get(), 1, 3600);
        if (topicFilter.get() == null || topicFilter.get().isBlank()) {
            throw new IllegalArgumentException("Topic: must not be empty (default " + TelemetrySchema.TOPIC_FILTER
                    + ")");
        }
        String url = brokerUrl.get() == null ? "" : brokerUrl.get().strip();
        if (!MqttSettings.withoutUserInfo(url).equals(url)) {
            throw new IllegalArgumentException("Broker URL: put the user name and password in their fields, not in"
                    + " the URL (it is shown and remembered)");
        }
        String user = username.get() == null || username.get().isBlank() ? null : username.get().trim();
        char[] secret = password == null || password.length == 0 ? null : password;
        MqttSettings s = MqttSettings.of(url, clientId.get().trim())
                .withPlaintextRemoteAllowed(plaintextConfirmed).withProtocol(protocol.get()).withQos(qos.get())
                .withCleanSession(cleanSession.get()).withKeepAlive(Duration.ofSeconds(keepAlive))
                .withMaxReconnectDelay(Duration.ofSeconds(reconnect)).withCredentials(user, secret);
        s.requireEncryptedOrLocal();   // the core checks again when the client opens
        return usesTls() ? s.withTls(tls(keyStorePassword)) : s;
    }

    private TlsSettings tls(char[] keyStorePassword) {
        Path ca = null;
        if (trust.get() == Trust.CA_FILE) {
            ca = existingFile("CA certificate file", caFile.get());
        }
        Path keyStore = clientKeyStore.get() == null || clientKeyStore.get().isBlank() ? null
                : existingFile("Client certificate (PKCS#12)", clientKeyStore.get());
        return new TlsSettings(ca, keyStore, keyStore == null ? null : keyStorePassword, hostnameVerification.get());
    }

    private static Path existingFile(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": choose a file");
        }
        Path p = Path.of(text.trim());
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(field + ": " + p + " is not a readable file");
        }
        return p;
    }

    private static int seconds(String field, String text, int min, int max) {
        try {
            int v = Integer.parseInt(text == null ? "" : text.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException(field + ": \"" + text + "\" is not a whole number of seconds from " + min
                + " to " + max);
    }

    /** True when the URL is {@code ssl://}. */
    public boolean usesTls() {
        return brokerUrl.get() != null && brokerUrl.get().trim().toLowerCase(Locale.ROOT).startsWith("ssl://");
    }

    /**
     * True when connecting needs the user's explicit consent: {@code tcp://} (no TLS) to a host other than
     * {@code localhost} or a loopback IP literal. Any other name counts as another machine, without a DNS look-up on
     * the FX thread ({@link MqttSettings#isLoopback}).
     */
    public boolean needsPlaintextConfirmation() {
        if (usesTls()) {
            return false;
        }
        try {
            String host = new URI(brokerUrl.get().trim()).getHost();
            return host != null && !MqttSettings.isLoopback(host);
        } catch (URISyntaxException | NullPointerException e) {
            return true;
        }
    }

    /** Remembers everything except credentials and the hostname-verification switch. */
    public void save(UserSettings settings) {
        settings.put(PREFIX + "brokerUrl", MqttSettings.withoutUserInfo(brokerUrl.get()));
        settings.put(PREFIX + "clientId", clientId.get());
        settings.put(PREFIX + "protocol", protocol.get().name());
        settings.put(PREFIX + "trust", trust.get().name());
        settings.put(PREFIX + "caFile", caFile.get());
        settings.put(PREFIX + "clientKeyStore", clientKeyStore.get());
        settings.put(PREFIX + "qos", qos.get());
        settings.put(PREFIX + "cleanSession", cleanSession.get());
        settings.put(PREFIX + "keepAliveS", keepAliveS.get());
        settings.put(PREFIX + "maxReconnectDelayS", maxReconnectDelayS.get());
        settings.put(PREFIX + "topic", topicFilter.get());
        settings.put(PREFIX + "vehicles", vehicles.get());
    }

    /** Restores what {@link #save} wrote; unknown enum names keep the defaults. */
    public void load(UserSettings settings) {
        brokerUrl.set(settings.get(PREFIX + "brokerUrl", brokerUrl.get()));
        clientId.set(settings.get(PREFIX + "clientId", clientId.get()));
        protocol.set(enumOr(MqttSettings.Protocol.class, settings.get(PREFIX + "protocol", ""), protocol.get()));
        trust.set(enumOr(Trust.class, settings.get(PREFIX + "trust", ""), trust.get()));
        caFile.set(settings.get(PREFIX + "caFile", caFile.get()));
        clientKeyStore.set(settings.get(PREFIX + "clientKeyStore", clientKeyStore.get()));
        qos.set(settings.getDouble(PREFIX + "qos", qos.get()) == 0 ? 0 : 1);
        cleanSession.set(settings.getBoolean(PREFIX + "cleanSession", cleanSession.get()));
        keepAliveS.set(settings.get(PREFIX + "keepAliveS", keepAliveS.get()));
        maxReconnectDelayS.set(settings.get(PREFIX + "maxReconnectDelayS", maxReconnectDelayS.get()));
        topicFilter.set(settings.get(PREFIX + "topic", topicFilter.get()));
        vehicles.set(settings.get(PREFIX + "vehicles", vehicles.get()));
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    public StringProperty brokerUrlProperty() {
        return brokerUrl;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public ObjectProperty<MqttSettings.Protocol> protocolProperty() {
        return protocol;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public ObjectProperty<Trust> trustProperty() {
        return trust;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    /** PKCS#12 file holding the client certificate and its private key; empty for none. */
    public StringProperty clientKeyStoreProperty() {
        return clientKeyStore;
    }

    public BooleanProperty hostnameVerificationProperty() {
        return hostnameVerification;
    }

    public IntegerProperty qosProperty() {
        return qos;
    }

    public BooleanProperty cleanSessionProperty() {
        return cleanSession;
    }

    public StringProperty keepAliveSProperty() {
        return keepAliveS;
    }

    public StringProperty maxReconnectDelaySProperty() {
        return maxReconnectDelayS;
    }

    public StringProperty topicFilterProperty() {
        return topicFilter;
    }

    /** Known vehicles, {@code id=pack} separated by commas or new lines (see {@link VehicleList}). */
    public StringProperty vehiclesProperty() {
        return vehicles;
    }

    /** Never shows credentials: the user name is reported only as set or not. */
    @Override
    public String toString() {
        return "ConnectionForm[" + MqttSettings.withoutUserInfo(brokerUrl.get()) + ", client " + clientId.get() + ", "
                + protocol.get() + ", user "
                + (username.get() == null || username.get().isEmpty() ? "none" : "set") + ", QoS " + qos.get() + "]";
    }
}
