/**
 * Tests of live MQTT ingest against real brokers, never a mock: the embedded Moquette broker (runs anywhere) and
 * Mosquitto processes started on free loopback ports with generated configurations (skipped, with the reason, where
 * no {@code mosquitto} binary is installed; {@code .ci/run} installs it).
 */
package org.evtwin.core.ingest.mqtt;
