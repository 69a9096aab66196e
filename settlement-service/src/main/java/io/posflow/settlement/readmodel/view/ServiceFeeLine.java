package io.posflow.settlement.readmodel.view;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A data-card fee charged (S4), on the statement of the business date it was charged. */
@Entity
@Table(name = "service_fee_line",
        indexes = @Index(name = "ix_service_fee_line_merchant_date", columnList = "merchant_no, charged_date"))
public class ServiceFeeLine {

    /** {@code <serialNumber>/<periodStart>}: one charge per terminal and period. */
    @Id
    @Column(name = "fee_id", length = 40)
    private String feeId;

    @Column(name = "merchant_no", nullable = false, length = 15)
    private String merchantNo;

    @Column(name = "serial_number", nullable = false, length = 20)
    private String serialNumber;

    @Column(name = "fee_fen", nullable = false)
    private long feeFen;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "charged_at", nullable = false)
    private Instant chargedAt;

    @Column(name = "charged_date", nullable = false)
    private LocalDate chargedDate;

    protected ServiceFeeLine() {
    }

    ServiceFeeLine(String merchantNo, String serialNumber, long feeFen, LocalDate periodStart, LocalDate periodEnd,
                   Instant chargedAt, LocalDate chargedDate) {
        this.feeId = serialNumber + "/" + periodStart;
        this.merchantNo = merchantNo;
        this.serialNumber = serialNumber;
        this.feeFen = feeFen;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.chargedAt = chargedAt;
        this.chargedDate = chargedDate;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public long feeFen() {
        return feeFen;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public Instant chargedAt() {
        return chargedAt;
    }
}
