package io.posflow.platform.duework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * One piece of work due at an instant of the injected clock (architecture §6): a code expiry, a settlement
 * run, a forfeiture check, a provider retry. Unique by (kind, key), so scheduling is idempotent.
 */
@Entity
@Table(name = "due_work",
        uniqueConstraints = @UniqueConstraint(name = "uk_due_work_kind_key", columnNames = {"kind", "work_key"}),
        indexes = @Index(name = "ix_due_work_due_at", columnList = "due_at, id"))
public class DueWork {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String kind;

    @Column(name = "work_key", nullable = false, length = 200)
    private String key;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    // Plain varchar, not @Lob: a CLOB binding would become a large object on PostgreSQL.
    @Column(length = 65_535)
    private String payload;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected DueWork() {
    }

    DueWork(String kind, String key, Instant dueAt, String payload) {
        this.kind = kind;
        this.key = key;
        this.dueAt = dueAt;
        this.payload = payload;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String payload() {
        return payload;
    }

    public int attempts() {
        return attempts;
    }

    void reschedule(Instant next, String nextPayload) {
        this.dueAt = next;
        this.payload = nextPayload;
        this.attempts = 0;
        this.lastError = null;
    }

    void failed(Instant retryAt, String error) {
        this.attempts++;
        this.dueAt = retryAt;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }
}
