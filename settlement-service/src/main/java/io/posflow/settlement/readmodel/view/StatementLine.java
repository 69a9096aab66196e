package io.posflow.settlement.readmodel.view;

import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.domain.transaction.CaptureStatus;
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

/** One captured transaction on a merchant's statement for its business date, and once settled, for its run date. */
@Entity
@Table(name = "statement_line", indexes = {
        @Index(name = "ix_statement_line_merchant_date", columnList = "merchant_no, business_date"),
        @Index(name = "ix_statement_line_merchant_settlement", columnList = "merchant_no, settlement_date")})
public class StatementLine {

    @Id
    @Column(name = "transaction_id", length = 100)
    private String transactionId;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "serial_number", nullable = false, length = 20)
    private String serialNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "transaction_type", nullable = false, length = 10)
    private TransactionType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "purpose", nullable = false, length = 10)
    private TransactionPurpose purpose;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "channel", nullable = false, length = 10)
    private PaymentChannel channel;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 30)
    private CaptureStatus status;

    /** The deposit swipe only: the device model the deposit belongs to. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "device_model", length = 10)
    private DeviceModel deviceModel;

    /** Settled only: the run date (T1) or the business date (T0). */
    @Column(name = "settlement_date")
    private LocalDate settlementDate;

    @Column(name = "mdr_fee_fen")
    private Long mdrFeeFen;

    @Column(name = "surcharge_fen")
    private Long surchargeFen;

    @Column(name = "net_fen")
    private Long netFen;

    /** The aggregate sequence number last applied, so a replayed event changes nothing. */
    @Column(name = "applied_sequence", nullable = false)
    private long appliedSequence;

    protected StatementLine() {
    }

    StatementLine(String transactionId) {
        this.transactionId = transactionId;
        this.appliedSequence = -1;
    }

    boolean hasApplied(long sequence) {
        return sequence <= appliedSequence;
    }

    void captured(String merchantNo, LocalDate businessDate, String serialNumber, TransactionType type,
                  TransactionPurpose purpose, PaymentChannel channel, long amountFen, Instant capturedAt,
                  CaptureStatus status, DeviceModel deviceModel, long sequence) {
        this.merchantNo = merchantNo;
        this.businessDate = businessDate;
        this.serialNumber = serialNumber;
        this.type = type;
        this.purpose = purpose;
        this.channel = channel;
        this.amountFen = amountFen;
        this.capturedAt = capturedAt;
        this.status = status;
        this.deviceModel = deviceModel;
        this.appliedSequence = sequence;
    }

    void settled(LocalDate settlementDate, long mdrFeeFen, long surchargeFen, long netFen, long sequence) {
        this.settlementDate = settlementDate;
        this.mdrFeeFen = mdrFeeFen;
        this.surchargeFen = surchargeFen;
        this.netFen = netFen;
        this.status = CaptureStatus.SETTLED;
        this.appliedSequence = sequence;
    }

    /** Voided (T5), held for review, released or rejected (S7). */
    void statusChanged(CaptureStatus status, long sequence) {
        this.status = status;
        this.appliedSequence = sequence;
    }

    public String transactionId() {
        return transactionId;
    }

    public String merchantNo() {
        return merchantNo;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public TransactionType type() {
        return type;
    }

    public TransactionPurpose purpose() {
        return purpose;
    }

    public PaymentChannel channel() {
        return channel;
    }

    public long amountFen() {
        return amountFen;
    }

    public Instant capturedAt() {
        return capturedAt;
    }

    public CaptureStatus status() {
        return status;
    }

    public DeviceModel deviceModel() {
        return deviceModel;
    }

    public LocalDate settlementDate() {
        return settlementDate;
    }

    public Long mdrFeeFen() {
        return mdrFeeFen;
    }

    public Long surchargeFen() {
        return surchargeFen;
    }

    public Long netFen() {
        return netFen;
    }
}
