/** Tests of the embedded broker: real clients against it on the loopback interface. */
package org.evtwin.core.ingest.mqtt.broker;
