package io.posflow.settlement.readmodel.view;

import io.posflow.contracts.settlement.PayoutPurpose;
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

/**
 * One payout on the merchant's statement, under the date of its last attempt: paid, or still being retried
 * after {@code failedAttempts} refusals (S6: visible, never lost).
 */
@Entity
@Table(name = "payout_line",
        indexes = @Index(name = "ix_payout_line_merchant_date", columnList = "merchant_no, settlement_date"))
public class PayoutLine {

    /** REQUESTED, FAILED (being retried) or COMPLETED. */
    public enum Status { REQUESTED, FAILED, COMPLETED }

    @Id
    @Column(name = "payout_id", length = 100)
    private String payoutId;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "purpose", nullable = false, length = 20)
    private PayoutPurpose purpose;

    @Column(name = "serial_number", length = 20)
    private String serialNumber;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "settlement_date")
    private LocalDate settlementDate;

    @Column(name = "last_update_at", nullable = false)
    private Instant lastUpdateAt;

    @Column(name = "applied_sequence", nullable = false)
    private long appliedSequence;

    protected PayoutLine() {
    }

    PayoutLine(String payoutId) {
        this.payoutId = payoutId;
        this.appliedSequence = -1;
    }

    boolean hasApplied(long sequence) {
        return sequence <= appliedSequence;
    }

    void requested(String merchantNo, PayoutPurpose purpose, String serialNumber, long amountFen, Instant at,
                   long sequence) {
        this.merchantNo = merchantNo;
        this.purpose = purpose;
        this.serialNumber = serialNumber;
        this.amountFen = amountFen;
        this.status = Status.REQUESTED;
        this.lastUpdateAt = at;
        this.appliedSequence = sequence;
    }

    void failed(int attempt, LocalDate date, Instant at, long sequence) {
        this.status = Status.FAILED;
        this.failedAttempts = attempt;
        this.settlementDate = date;
        this.lastUpdateAt = at;
        this.appliedSequence = sequence;
    }

    void completed(LocalDate date, Instant at, long sequence) {
        this.status = Status.COMPLETED;
        this.settlementDate = date;
        this.lastUpdateAt = at;
        this.appliedSequence = sequence;
    }

    public String payoutId() {
        return payoutId;
    }

    public PayoutPurpose purpose() {
        return purpose;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public long amountFen() {
        return amountFen;
    }

    public Status status() {
        return status;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lastUpdateAt() {
        return lastUpdateAt;
    }
}
