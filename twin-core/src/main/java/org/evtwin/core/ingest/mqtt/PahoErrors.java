package org.evtwin.core.ingest.mqtt;

import javax.net.ssl.SSLException;

/** Paho failures as messages a user can act on (broker URL and reason; never credentials). */
final class PahoErrors {
    private PahoErrors() {
    }

    interface PahoAction {
        void run() throws Exception;
    }

    static MqttConnectException connectFailed(MqttSettings s, int reasonCode, Exception e) {
        String why = switch (reasonCode) {
            // 3.1.1 CONNACK 4 / MQTT 5 reason 134: bad user name or password
            case 4, 134 -> "the broker refused the user name or password";
            // 3.1.1 CONNACK 5 / MQTT 5 reason 135: not authorized
            case 5, 135 -> "the broker refused the connection as not authorized (wrong user name or password, or"
                    + " no access for this client)";
            case 1, 132 -> "the broker does not accept this MQTT version (try " + (s.protocol()
                    == MqttSettings.Protocol.MQTT_5 ? "MQTT 3.1.1" : "MQTT 5") + ")";
            case 32000 -> "no answer within the time limit";
            case 32103 -> "cannot reach the broker (" + rootMessage(e) + ")";
            default -> tlsCause(e) != null ? "TLS handshake failed (" + tlsCause(e).getMessage() + ")"
                    : rootMessage(e);
        };
        boolean retryable = !(reasonCode == 4 || reasonCode == 134 || reasonCode == 5 || reasonCode == 135
                || reasonCode == 1 || reasonCode == 132 || tlsCause(e) != null);
        return new MqttConnectException("MQTT connect to " + s.brokerUrl() + " failed: " + why, retryable, e);
    }

    private static SSLException tlsCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException ssl) {
                return ssl;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /**
     * Publish failures that pass by themselves: 32202 in-flight window full, 32001 no free message id, 32104 not
     * connected, 32102 disconnecting and 32109 connection lost (Paho is reconnecting).
     */
    static boolean isTransient(int reasonCode) {
        return reasonCode == 32202 || reasonCode == 32001 || reasonCode == 32104 || reasonCode == 32102
                || reasonCode == 32109;
    }

    static void quietly(PahoAction a) {
        try {
            a.run();
        } catch (Exception ignored) {
            // closing: nothing left to report to
        }
    }
}
