package io.posflow.settlement.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A T1 sale waiting for its settlement run (S2): the run settles every one of an earlier business date. */
@Entity
@Table(name = "pending_settlement",
        indexes = @Index(name = "ix_pending_settlement_date", columnList = "business_date, captured_at"))
public class PendingSettlement {

    @Id
    @Column(name = "transaction_id", length = 100)
    private String transactionId;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    protected PendingSettlement() {
    }

    PendingSettlement(String transactionId, LocalDate businessDate, Instant capturedAt) {
        this.transactionId = transactionId;
        this.businessDate = businessDate;
        this.capturedAt = capturedAt;
    }

    public String transactionId() {
        return transactionId;
    }

    public LocalDate businessDate() {
        return businessDate;
    }
}
