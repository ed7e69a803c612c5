package org.evtwin.core.ingest.mqtt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Socket factories that switch Nagle's algorithm off. Paho writes each MQTT packet separately; with Nagle on, a small
 * PUBLISH or PUBACK waits for the peer's delayed ACK (tens of milliseconds), which dominated latency at 10 Hz and
 * capped QoS 1 throughput.
 *
 * <p>Two wrappers because they must extend different JDK classes: Paho refuses an {@code SSLSocketFactory} for
 * {@code tcp://} (reason code 32105, socket factory mismatch) and needs one for {@code ssl://}. Each only delegates
 * through {@link #noDelay}.
 */
final class NoDelaySockets {
    private NoDelaySockets() {
    }

    static SocketFactory plain() {
        return new Plain(SocketFactory.getDefault());
    }

    static SSLSocketFactory tls(SSLSocketFactory delegate) {
        return new Tls(delegate);
    }

    private static Socket noDelay(Socket s) throws IOException {
        s.setTcpNoDelay(true);
        return s;
    }

    private static final class Plain extends SocketFactory {
        private final SocketFactory d;

        Plain(SocketFactory d) {
            this.d = d;
        }

        /** The one Paho calls (then {@code connect}): a plain socket with buffered input. */
        @Override
        public Socket createSocket() throws IOException {
            return noDelay(new BufferedInputSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(d.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(d.createSocket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(d.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(d.createSocket(host, port, local, localPort));
        }
    }

    /**
     * A plain socket whose input is buffered. Paho (1.2.5, both clients) reads each packet's first byte and each
     * byte of its length straight from the socket, then the rest: three or four reads per small PUBLISH, each a
     * system call. Through a buffer one read takes in many packets. (TLS sockets buffer decrypted records already.)
     */
    private static final class BufferedInputSocket extends Socket {
        private InputStream in;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new BufferedInputStream(super.getInputStream(), 1 << 16);
            }
            return in;
        }
    }

    private static final class Tls extends SSLSocketFactory {
        private final SSLSocketFactory d;

        Tls(SSLSocketFactory d) {
            this.d = d;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return d.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return d.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(d.createSocket());
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            return noDelay(d.createSocket(s, host, port, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(d.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(d.createSocket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(d.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return noDelay(d.createSocket(host, port, local, localPort));
        }
    }
}
