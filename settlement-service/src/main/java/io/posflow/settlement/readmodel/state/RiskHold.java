package io.posflow.settlement.readmodel.state;

import io.posflow.contracts.settlement.CashOutRiskReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** A sale held as a possible self-swipe (S7), for ops: open until released or rejected (or voided). */
@Entity
@Table(name = "risk_hold")
public class RiskHold {

    public enum Status { OPEN, RELEASED, REJECTED, VOIDED }

    @Id
    @Column(name = "transaction_id", length = 100)
    private String transactionId;

    @Column(name = "serial_number", nullable = false, length = 20)
    private String serialNumber;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "reason", nullable = false, length = 30)
    private CashOutRiskReason reason;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected RiskHold() {
    }

    RiskHold(String transactionId, String serialNumber, String merchantNo, long amountFen, CashOutRiskReason reason,
             LocalDate businessDate, Instant flaggedAt) {
        this.transactionId = transactionId;
        this.serialNumber = serialNumber;
        this.merchantNo = merchantNo;
        this.amountFen = amountFen;
        this.reason = reason;
        this.businessDate = businessDate;
        this.flaggedAt = flaggedAt;
        this.status = Status.OPEN;
    }

    void decided(Status status, Instant at) {
        this.status = status;
        this.decidedAt = at;
    }

    public String transactionId() {
        return transactionId;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String merchantNo() {
        return merchantNo;
    }

    public long amountFen() {
        return amountFen;
    }

    public CashOutRiskReason reason() {
        return reason;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }

    public Status status() {
        return status;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
