package io.posflow.onboarding.readmodel.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One refused message (bank reference + message id, hashed): its refusal is recorded once (ADR 14). */
@Entity
@Table(name = "partner_bank_refusal")
public class RecordedRefusal {

    @Id
    @Column(name = "refusal_key", length = 64)
    private String refusalKey;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecordedRefusal() {
    }

    public RecordedRefusal(String refusalKey, Instant recordedAt) {
        this.refusalKey = refusalKey;
        this.recordedAt = recordedAt;
    }
}
