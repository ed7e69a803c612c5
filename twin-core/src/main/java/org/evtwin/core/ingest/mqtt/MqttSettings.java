package org.evtwin.core.ingest.mqtt;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * How to reach a broker. The password is a {@code char[]} held in memory only: {@link #toString()} never shows it,
 * nothing here writes it anywhere, and {@link #clearPassword()} wipes it. An unencrypted ({@code tcp://}) connection
 * to a host other than this machine is refused unless {@code allowPlaintextRemote} says the user chose it.
 *
 * @param brokerUrl            {@code tcp://host:port} or {@code ssl://host:port}
 * @param clientId             MQTT client id (a persistent session is bound to it)
 * @param username             null for none
 * @param password             null for none
 * @param tls                  TLS for {@code ssl://} (null = system trust, hostname verification on)
 * @param protocol             MQTT 5 or 3.1.1
 * @param qos                  0 or 1
 * @param cleanSession         true: start afresh; false: persistent session (the broker keeps QoS 1 messages while
 *                             we are away)
 * @param sessionExpiry        how long the broker keeps a persistent session (MQTT 5; 3.1.1 keeps it until cleaned)
 * @param keepAlive            keep-alive interval
 * @param maxReconnectDelay    automatic reconnect backs off from 1 s up to this
 * @param maxInflight          unacknowledged QoS 1 messages a publisher may have in flight
 * @param allowPlaintextRemote the user explicitly accepted {@code tcp://} to another machine
 */
public record MqttSettings(String brokerUrl, String clientId, String username, char[] password, TlsSettings tls,
        Protocol protocol, int qos, boolean cleanSession, Duration sessionExpiry, Duration keepAlive,
        Duration maxReconnectDelay, int maxInflight, boolean allowPlaintextRemote) {

    /** MQTT protocol versions. */
    public enum Protocol { MQTT_5, MQTT_3_1_1 }

    public MqttSettings {
        if (qos != 0 && qos != 1) {
            throw new IllegalArgumentException("QoS must be 0 or 1, found " + qos);
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("client id must not be empty");
        }
        if (maxInflight < 1) {
            throw new IllegalArgumentException("max in-flight must be >= 1, found " + maxInflight);
        }
        checkUrl(brokerUrl);
    }

    /** Defaults: MQTT 5, QoS 1, persistent session kept 1 day, keep-alive 30 s, reconnect up to 30 s apart. */
    public static MqttSettings of(String brokerUrl, String clientId) {
        return new MqttSettings(brokerUrl, clientId, null, null, null, Protocol.MQTT_5, 1, false, Duration.ofDays(1),
                Duration.ofSeconds(30), Duration.ofSeconds(30), 1000, false);
    }

    public MqttSettings withCredentials(String user, char[] secret) {
        return with(b -> {
            b.username = user;
            b.password = secret;
        });
    }

    public MqttSettings withTls(TlsSettings value) {
        return with(b -> b.tls = value);
    }

    public MqttSettings withProtocol(Protocol value) {
        return with(b -> b.protocol = value);
    }

    public MqttSettings withQos(int value) {
        return with(b -> b.qos = value);
    }

    public MqttSettings withCleanSession(boolean value) {
        return with(b -> b.cleanSession = value);
    }

    public MqttSettings withKeepAlive(Duration value) {
        return with(b -> b.keepAlive = value);
    }

    public MqttSettings withMaxReconnectDelay(Duration value) {
        return with(b -> b.maxReconnectDelay = value);
    }

    public MqttSettings withMaxInflight(int value) {
        return with(b -> b.maxInflight = value);
    }

    /** The user's explicit choice to connect without TLS to another machine. */
    public MqttSettings withPlaintextRemoteAllowed(boolean value) {
        return with(b -> b.allowPlaintextRemote = value);
    }

    /** A copy with {@code change} applied (checked again by the constructor). */
    private MqttSettings with(java.util.function.Consumer<Copy> change) {
        Copy b = new Copy(this);
        change.accept(b);
        return new MqttSettings(brokerUrl, clientId, b.username, b.password, b.tls, b.protocol, b.qos,
                b.cleanSession, sessionExpiry, b.keepAlive, b.maxReconnectDelay, b.maxInflight,
                b.allowPlaintextRemote);
    }

    /** The components the {@code with…} methods change, by name instead of by position. */
    private static final class Copy {
        String username;
        char[] password;
        TlsSettings tls;
        Protocol protocol;
        int qos;
        boolean cleanSession;
        Duration keepAlive;
        Duration maxReconnectDelay;
        int maxInflight;
        boolean allowPlaintextRemote;

        Copy(MqttSettings s) {
            username = s.username;
            password = s.password;
            tls = s.tls;
            protocol = s.protocol;
            qos = s.qos;
            cleanSession = s.cleanSession;
            keepAlive = s.keepAlive;
            maxReconnectDelay = s.maxReconnectDelay;
            maxInflight = s.maxInflight;
            allowPlaintextRemote = s.allowPlaintextRemote;
        }
    }

    /** Wipes the password from memory (after a final disconnect). */
    public void clearPassword() {
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
        }
    }

    boolean usesTls() {
        return brokerUrl.toLowerCase(Locale.ROOT).startsWith("ssl://");
    }

    @Override
    public String toString() {
        return "MqttSettings[" + brokerUrl + ", client " + clientId + ", user " + (username == null ? "none"
                : username) + ", password " + (password == null ? "none" : "set") + ", " + protocol + ", QoS " + qos
                + (cleanSession ? ", clean session" : ", persistent session") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /**
     * Refuses an unencrypted connection to another machine unless the user allowed it (checked when a client is
     * opened, so the choice can be set after the URL).
     *
     * @throws IllegalArgumentException saying what to do
     */
    public void requireEncryptedOrLocal() {
        if (!usesTls() && !allowPlaintextRemote && !isLoopback(URI.create(brokerUrl).getHost())) {
            throw new IllegalArgumentException("broker " + brokerUrl + " is not on this machine and the connection"
                    + " would not be encrypted: use ssl:// or explicitly allow an unencrypted connection");
        }
    }

    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("broker URL \"" + withoutUserInfo(url) + "\" is not a URL (tcp://host:port"
                    + " or ssl://host:port)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("tcp") && !scheme.equals("ssl") || uri.getHost() == null) {
            throw new IllegalArgumentException("broker URL \"" + withoutUserInfo(url) + "\" must be tcp://host:port or"
                    + " ssl://host:port");
        }
        // The URL is logged, shown and stored with a live session's data set: credentials must not travel in it.
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("broker URL \"" + withoutUserInfo(url) + "\" must not contain a user"
                    + " name or password: give them separately");
        }
    }

    /**
     * The URL, stripped of surrounding blanks, with any {@code user:password@} part after the scheme removed; for
     * messages and for anything remembered ({@code ""} for null).
     */
    public static String withoutUserInfo(String url) {
        if (url == null) {
            return "";
        }
        String s = url.strip();
        int schemeEnd = s.indexOf("://");
        int authority = schemeEnd < 0 ? 0 : schemeEnd + 3;
        int path = s.indexOf('/', authority);
        int at = s.lastIndexOf('@', path < 0 ? s.length() - 1 : path);
        return at < authority ? s : s.substring(0, authority) + s.substring(at + 1);
    }

    /**
     * True when {@code host} is this machine: {@code localhost} (RFC 6761 reserves it for loopback) or a loopback IP
     * literal. Any other name counts as another machine without asking DNS: the check then cannot stall the caller
     * (the UI thread asks it) and cannot be turned by a DNS answer that changes between the check and the connection.
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(h).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();   // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static final java.util.regex.Pattern IP_LITERAL = java.util.regex.Pattern.compile(
            "\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");
}
