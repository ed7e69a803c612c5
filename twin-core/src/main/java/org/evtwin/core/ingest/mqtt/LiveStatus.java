package org.evtwin.core.ingest.mqtt;

import java.util.List;

/**
 * A snapshot for the live-source panel (a view model polls it a few times a second).
 *
 * @param state            connection state
 * @param detail           one line for people: the broker, or why it failed / reconnects (never credentials)
 * @param messagesPerSecond messages received per second over the last seconds
 * @param received         messages received since the source was created
 * @param accepted         messages that reached the twin and the recorder
 * @param quarantined      messages rejected (each went to quarantine with its reason)
 * @param duplicates       QoS 1 redeliveries recognised by sequence number and skipped
 * @param ignored          valid-topic messages of known vehicles that are not watched
 * @param storeWaits       times the ingest thread waited for the recorder's full queue (back-pressure, no loss)
 * @param lastReject       the last quarantine reason ("" when none)
 * @param failed           messages that could not be handed on (e.g. the database could not open the session); the
 *                         ingest goes on with the next one
 * @param lastFailure      why the last of those failed ("" when none)
 * @param vehiclesSeen     the vehicle ids seen on the topic, sorted (at most the first 1,000 distinct ids)
 * @param seenBeyondLimit  messages whose vehicle id was not kept because 1,000 distinct ids had been seen
 * @param watched          the vehicles being recorded, sorted
 * @param selected         the vehicle whose frames go to the screen, null before one is chosen
 */
public record LiveStatus(ConnectionState state, String detail, double messagesPerSecond, long received,
        long accepted, long quarantined, long duplicates, long ignored, long storeWaits, String lastReject,
        long failed, String lastFailure, List<String> vehiclesSeen, long seenBeyondLimit, List<String> watched, String selected) {
}
