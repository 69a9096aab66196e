package io.posflow.terminal.readmodel.state;

import io.posflow.terminal.domain.terminal.CaptureOutcome;
import io.posflow.terminal.domain.terminal.CaptureOutcome.CaptureStatus;
import io.posflow.terminal.domain.terminal.TransactionPurpose;
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

/**
 * T5: the answer given to a device's transaction id, so a retry gets the same answer and nothing is
 * captured twice. The request is remembered as a keyed hash only; of the card, BIN, last four digits and a
 * keyed fingerprint — never the PAN (PCI).
 */
@Entity
@Table(name = "capture_answer")
public class CaptureAnswer {

    @Id
    @Column(name = "transaction_id", length = 64)
    private String transactionId;

    @Column(name = "serial_number", nullable = false, length = 20)
    private String serialNumber;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(length = 6)
    private String bin;

    @Column(length = 4)
    private String last4;

    @Column(name = "card_fingerprint", length = 64)
    private String cardFingerprint;

    /** Null only inside the transaction that captures; never committed so. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private CaptureStatus status;

    @Column(name = "reason_code", length = 40)
    private String reasonCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private TransactionPurpose purpose;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "business_date")
    private LocalDate businessDate;

    protected CaptureAnswer() {
    }

    public CaptureAnswer(String transactionId, String serialNumber, String requestHash, String bin, String last4,
                         String cardFingerprint) {
        this.transactionId = transactionId;
        this.serialNumber = serialNumber;
        this.requestHash = requestHash;
        this.bin = bin;
        this.last4 = last4;
        this.cardFingerprint = cardFingerprint;
    }

    public void answered(CaptureOutcome outcome) {
        this.status = outcome.status();
        this.reasonCode = outcome.reason() == null ? null : outcome.reason().name();
        this.purpose = outcome.purpose();
        this.answeredAt = outcome.at();
        this.businessDate = outcome.businessDate();
    }

    public boolean answers(String otherRequestHash) {
        return requestHash.equals(otherRequestHash);
    }

    public String transactionId() {
        return transactionId;
    }

    public CaptureStatus status() {
        return status;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public TransactionPurpose purpose() {
        return purpose;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public LocalDate businessDate() {
        return businessDate;
    }
}
