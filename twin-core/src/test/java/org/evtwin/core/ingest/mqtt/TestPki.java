package org.evtwin.core.ingest.mqtt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away PKI made with openssl in a temp folder: a CA, a server certificate for {@code localhost} only
 * (not 127.0.0.1, so hostname verification has something to refuse) signed by it, and a second, unrelated CA (a
 * client trusting only that one must refuse the server). P-256 keys, valid for two days.
 */
final class TestPki {
    final Path caCert;
    final Path otherCaCert;
    final Path serverCert;
    final Path serverKey;

    private TestPki(Path dir) {
        caCert = dir.resolve("ca.crt");
        otherCaCert = dir.resolve("other-ca.crt");
        serverCert = dir.resolve("server.crt");
        serverKey = dir.resolve("server.key");
    }

    static boolean opensslAvailable() {
        try {
            return new ProcessBuilder("openssl", "version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static TestPki create(Path dir) {
        TestPki p = new TestPki(dir);
        String ec = "ec";
        String curve = "ec_paramgen_curve:prime256v1";
        run(dir, "openssl", "req", "-x509", "-newkey", ec, "-pkeyopt", curve, "-nodes", "-keyout", "ca.key", "-out",
                "ca.crt", "-days", "2", "-subj", "/CN=evtwin test CA");
        run(dir, "openssl", "req", "-x509", "-newkey", ec, "-pkeyopt", curve, "-nodes", "-keyout", "other-ca.key",
                "-out", "other-ca.crt", "-days", "2", "-subj", "/CN=unrelated CA");
        run(dir, "openssl", "req", "-newkey", ec, "-pkeyopt", curve, "-nodes", "-keyout", "server.key", "-out",
                "server.csr", "-subj", "/CN=localhost");
        try {
            Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(dir, "openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "san.ext");
        return p;
    }

    /** Mosquitto listener lines for TLS with this PKI. */
    List<String> listenerLines() {
        return List.of("cafile " + caCert.toAbsolutePath(), "certfile " + serverCert.toAbsolutePath(),
                "keyfile " + serverKey.toAbsolutePath(), "allow_anonymous true");
    }

    static void run(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
