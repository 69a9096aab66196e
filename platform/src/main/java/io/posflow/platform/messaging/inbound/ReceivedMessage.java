package io.posflow.platform.messaging.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;

/** The inbox: one row per (topic, message id) this service has applied or parked, for de-duplication. */
@Entity
@Table(name = "inbound_message", indexes = @Index(name = "ix_inbound_message_received", columnList = "received_at"))
public class ReceivedMessage {

    @Id
    @Column(name = "message_key", length = 400)
    private String messageKey;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ReceivedMessage() {
    }

    ReceivedMessage(String messageKey, Instant receivedAt) {
        this.messageKey = messageKey;
        this.receivedAt = receivedAt;
    }

    static String keyOf(InboundMessage message) {
        return message.topic() + "/" + message.messageId();
    }
}
