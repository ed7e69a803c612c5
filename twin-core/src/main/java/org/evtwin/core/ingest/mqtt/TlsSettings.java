package org.evtwin.core.ingest.mqtt;

import java.nio.file.Path;

/**
 * TLS for an {@code ssl://} broker. Hostname verification is on unless the user turns it off explicitly.
 *
 * @param caFile                 PEM file with the CA certificate(s) to trust; null = the system's trust store
 * @param clientKeyStore         PKCS#12 file with a client certificate and key; null = no client certificate
 * @param clientKeyStorePassword its password (kept in memory only, never logged); null when there is no key store
 * @param hostnameVerification   check that the broker's certificate names the host connected to
 */
public record TlsSettings(Path caFile, Path clientKeyStore, char[] clientKeyStorePassword,
        boolean hostnameVerification) {

    /** System trust store, no client certificate, hostname verification on. */
    public static final TlsSettings SYSTEM_TRUST = new TlsSettings(null, null, null, true);

    /** Trust the CA certificates in a PEM file, hostname verification on. */
    public static TlsSettings trusting(Path caPem) {
        return new TlsSettings(caPem, null, null, true);
    }

    @Override
    public String toString() {
        return "TlsSettings[ca=" + (caFile == null ? "system trust store" : caFile) + ", clientCertificate="
                + (clientKeyStore == null ? "none" : clientKeyStore) + ", hostnameVerification="
                + hostnameVerification + "]";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
