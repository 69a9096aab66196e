package io.posflow.settlement.readmodel.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A T1 sale or a refund waiting for its settlement run (S2): the run settles every one of an earlier business
 * date. A refund names the sale it refunds.
 */
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

    @Column(name = "original_transaction_id", length = 100)
    private String originalTransactionId;

    protected PendingSettlement() {
    }

    PendingSettlement(String transactionId, LocalDate businessDate, Instant capturedAt) {
        this(transactionId, businessDate, capturedAt, null);
    }

    PendingSettlement(String transactionId, LocalDate businessDate, Instant capturedAt, String originalTransactionId) {
        this.transactionId = transactionId;
        this.businessDate = businessDate;
        this.capturedAt = capturedAt;
        this.originalTransactionId = originalTransactionId;
    }

    /** The refunded sale, for a refund; null for a sale. */
    public String originalTransactionId() {
        return originalTransactionId;
    }

    public boolean isRefund() {
        return originalTransactionId != null;
    }

    public String transactionId() {
        return transactionId;
    }

    public LocalDate businessDate() {
        return businessDate;
    }
}
