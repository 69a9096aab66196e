package io.posflow.platform.messaging.deadletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Remembers which DLT records ops redrove, so the list shows it and a second redrive is refused. */
@Entity
@Table(name = "redriven_dead_letter")
public class RedrivenDeadLetter {

    @Id
    @Column(name = "dlt_position", length = 300)
    private String position;

    @Column(name = "redriven_at", nullable = false)
    private Instant redrivenAt;

    protected RedrivenDeadLetter() {
    }

    RedrivenDeadLetter(String position, Instant redrivenAt) {
        this.position = position;
        this.redrivenAt = redrivenAt;
    }

    static String position(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }
}
