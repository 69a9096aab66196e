package io.posflow.platform.messaging.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message waiting for a reference it names; applied, in arrival order, when the reference arrives. */
@Entity
@Table(name = "parked_message", indexes = @Index(name = "ix_parked_message_reference", columnList = "reference, id"))
public class ParkedMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String reference;

    @Column(nullable = false, length = 250)
    private String topic;

    @Column(name = "partition_no", nullable = false)
    private int partition;

    @Column(name = "record_offset", nullable = false)
    private long offset;

    @Column(name = "record_key", length = 300)
    private String key;

    @Column(name = "message_id", nullable = false, length = 200)
    private String messageId;

    @Column(name = "message_type", length = 200)
    private String type;

    @Column(name = "message_time")
    private Instant time;

    // Plain varchar, not @Lob: a CLOB binding would become a large object on PostgreSQL.
    @Column(name = "headers_json", length = 65_535)
    private String headersJson;

    @Lob
    @Column(name = "record_value")
    private byte[] value;

    @Column(name = "parked_at", nullable = false)
    private Instant parkedAt;

    protected ParkedMessage() {
    }

    ParkedMessage(String reference, InboundMessage message, String headersJson, Instant parkedAt) {
        this.reference = reference;
        this.topic = message.topic();
        this.partition = message.partition();
        this.offset = message.offset();
        this.key = message.key();
        this.messageId = message.messageId();
        this.type = message.type();
        this.time = message.time();
        this.headersJson = headersJson;
        this.value = message.value();
        this.parkedAt = parkedAt;
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    String headersJson() {
        return headersJson;
    }

    Instant parkedAt() {
        return parkedAt;
    }

    void waitFor(String newReference) {
        this.reference = newReference;
    }

    InboundMessage toMessage(java.util.Map<String, String> headers) {
        return new InboundMessage(topic, partition, offset, key, messageId, type, time, headers, value);
    }
}
