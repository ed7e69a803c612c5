package org.evtwin.core.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.evtwin.core.ingest.mqtt.MqttSettings;
import org.evtwin.core.ingest.mqtt.TlsSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Broker connection options shared by {@code twin publish} and {@code twin record}. Passwords are never taken as
 * option values (they would show in the process list and shell history): {@code --password} prompts, or
 * {@code --password-env} names an environment variable.
 */
final class MqttConnectionOptions {

    @Option(names = "--broker", required = true, paramLabel = "<url>",
            description = "tcp://host:port or ssl://host:port (tcp:// only to this machine unless --allow-plaintext).")
    String broker;

    @Option(names = "--client-id", paramLabel = "<id>", description = "MQTT client id (default: evtwin-<command>-<vehicle or pid>).")
    String clientId;

    @Option(names = "--protocol", defaultValue = "5", paramLabel = "<5|3.1.1>",
            description = "MQTT version (default ${DEFAULT-VALUE}; 3.1.1 for older brokers).")
    String protocol;

    @Option(names = "--qos", defaultValue = "1", paramLabel = "<0|1>", description = "QoS (default ${DEFAULT-VALUE}).")
    int qos;

    @Option(names = "--clean-session", description = "Start a clean session (default: persistent, so a broker keeps"
            + " QoS 1 messages while the client is away).")
    boolean cleanSession;

    @Option(names = "--keep-alive", defaultValue = "30", paramLabel = "<s>", description = "Keep-alive [s] (default ${DEFAULT-VALUE}).")
    int keepAliveS;

    @Option(names = "--username", paramLabel = "<name>", description = "User name.")
    String username;

    @Option(names = "--password", interactive = true, arity = "0", description = "Prompt for the password.")
    char[] password;

    @Option(names = "--password-env", paramLabel = "<VAR>", description = "Read the password from this environment variable.")
    String passwordEnv;

    @Option(names = "--ca-file", paramLabel = "<ca.pem>", description = "Trust the CA certificates in this PEM file (default: system trust store).")
    Path caFile;

    @Option(names = "--client-cert", paramLabel = "<client.p12>", description = "Client certificate and key (PKCS#12).")
    Path clientCert;

    @Option(names = "--client-cert-password-env", paramLabel = "<VAR>",
            description = "Environment variable holding the PKCS#12 password.")
    String clientCertPasswordEnv;

    @Option(names = "--allow-plaintext", description = "Allow an unencrypted tcp:// connection to another machine.")
    boolean allowPlaintext;

    MqttSettings settings(CommandLine.Model.CommandSpec spec, String defaultClientId) {
        Options.check(spec, qos == 0 || qos == 1, "--qos must be 0 or 1");
        Options.check(spec, keepAliveS > 0, "--keep-alive must be > 0 s");
        Options.check(spec, protocol.equals("5") || protocol.equals("3.1.1"), "--protocol must be 5 or 3.1.1");
        MqttSettings s;
        try {
            s = MqttSettings.of(broker, clientId == null ? defaultClientId : clientId)
                    .withPlaintextRemoteAllowed(allowPlaintext);
            s.requireEncryptedOrLocal();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        s = s.withProtocol(protocol.equals("5") ? MqttSettings.Protocol.MQTT_5 : MqttSettings.Protocol.MQTT_3_1_1)
                .withQos(qos).withCleanSession(cleanSession).withKeepAlive(Duration.ofSeconds(keepAliveS));
        char[] secret = password != null ? password : fromEnv(spec, passwordEnv, "--password-env");
        if (username != null || secret != null) {
            s = s.withCredentials(username, secret);
        }
        if (caFile != null || clientCert != null) {
            s = s.withTls(new TlsSettings(caFile, clientCert, fromEnv(spec, clientCertPasswordEnv,
                    "--client-cert-password-env"), true));
        }
        return s;
    }

    private static char[] fromEnv(CommandLine.Model.CommandSpec spec, String variable, String option) {
        if (variable == null) {
            return null;
        }
        String v = System.getenv(variable);
        Options.check(spec, v != null, option + ": environment variable " + variable + " is not set");
        return v.toCharArray();
    }
}
