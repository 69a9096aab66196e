package io.posflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A fact one posflow service publishes for the others: a record of the published language.
 *
 * <p>Every implementation is listed in {@link EventCatalogue}, has a JSON Schema and travels on the
 * topics of {@link io.posflow.contracts.topics.Topics}. The wire type token is
 * {@link EventType#ceType()}; Java class names never appear on the wire.
 */
public interface IntegrationEvent {

    /**
     * The Kafka record key the event is published under (and its CloudEvents {@code ce_subject}).
     * The key decides the partition, so every key's events arrive in order. Not part of the payload.
     */
    @JsonIgnore
    String key();
}
