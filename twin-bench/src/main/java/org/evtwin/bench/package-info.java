/**
 * JMH benchmarks of the core's hot paths. Build with the project, run by hand:
 * {@code java -jar twin-bench/target/benchmarks.jar PackStepBenchmark -prof gc} (with a JDK 21+).
 */
package org.evtwin.bench;
