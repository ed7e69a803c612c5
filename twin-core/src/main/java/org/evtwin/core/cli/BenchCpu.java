package org.evtwin.core.cli;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * CPU seconds the processes of one {@code twin bench mqtt} stream used, read from the operating system: this JVM
 * (our ingest, and the Paho publisher when it is used), the broker, the publisher process and {@code mosquitto_sub}
 * (NaN where a process is not part of the stream). Shows which process a two-core machine runs out on.
 */
record BenchCpu(double jvm, double broker, double publisher, double subscriber) {

    /** CPU seconds of this JVM so far (all threads: ingest, Paho, store writer, JIT, GC). */
    static double jvmSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** CPU seconds of a running process so far, NaN when the system does not say. */
    static double seconds(ProcessHandle p) {
        return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** The Mosquitto broker this JVM started ({@code MosquittoProcess}), if it runs. */
    static Optional<ProcessHandle> brokerProcess() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mosquitto")).orElse(false)).findFirst();
    }

    /**
     * Follows a process that ends by itself ({@code mosquitto_sub -C}): its CPU time can only be read while it runs,
     * so a daemon thread reads it every 10 ms; {@link #last()} is the last reading (NaN before the first).
     */
    static final class Watch {
        private volatile double last = Double.NaN;

        Watch(ProcessHandle p) {
            Thread t = new Thread(() -> {
                while (p.isAlive()) {
                    double s = seconds(p);
                    if (!Double.isNaN(s)) {
                        last = s;
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
                }
            }, "bench-cpu-watch");
            t.setDaemon(true);
            t.start();
        }

        double last() {
            return last;
        }
    }

    static double brokerSeconds() {
        return brokerProcess().map(BenchCpu::seconds).orElse(Double.NaN);
    }
}
