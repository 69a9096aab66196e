package io.posflow.settlement.readmodel.state;

import io.posflow.settlement.domain.clearing.Reconciliation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** One S8 discrepancy as ops see it: held until released, or reported only. */
@Entity
@Table(name = "clearing_discrepancy", indexes = {
        @Index(name = "ix_clearing_discrepancy_date", columnList = "business_date, status"),
        @Index(name = "ix_clearing_discrepancy_tx", columnList = "transaction_id")})
public class ClearingDiscrepancyLine {

    public enum Status { HELD, RELEASED, REPORTED }

    @Id
    @Column(name = "discrepancy_id", length = 160)
    private String discrepancyId;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "transaction_id", nullable = false, length = 100)
    private String transactionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 30)
    private Reconciliation.Kind kind;

    @Column(name = "captured_fen")
    private Long capturedFen;

    @Column(name = "cleared_fen")
    private Long clearedFen;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected ClearingDiscrepancyLine() {
    }

    ClearingDiscrepancyLine(LocalDate businessDate, String transactionId, Reconciliation.Kind kind, Long capturedFen,
                            Long clearedFen, boolean holds, Instant foundAt) {
        this.discrepancyId = businessDate + "|" + transactionId + "|" + kind;
        this.businessDate = businessDate;
        this.transactionId = transactionId;
        this.kind = kind;
        this.capturedFen = capturedFen;
        this.clearedFen = clearedFen;
        this.status = holds ? Status.HELD : Status.REPORTED;
        this.foundAt = foundAt;
    }

    void released(Instant at) {
        if (status == Status.HELD) {
            this.status = Status.RELEASED;
            this.releasedAt = at;
        }
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public String transactionId() {
        return transactionId;
    }

    public Reconciliation.Kind kind() {
        return kind;
    }

    public Long capturedFen() {
        return capturedFen;
    }

    public Long clearedFen() {
        return clearedFen;
    }

    public Status status() {
        return status;
    }

    public Instant foundAt() {
        return foundAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }
}
