package io.posflow.settlement.readmodel.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Our side of S8's matching: a sale or refund captured on a business date, unless voided. */
@Entity
@Table(name = "clearing_capture", indexes = @Index(name = "ix_clearing_capture_date", columnList = "business_date"))
public class ClearingCapture {

    @Id
    @Column(name = "transaction_id", length = 100)
    private String transactionId;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    protected ClearingCapture() {
    }

    ClearingCapture(String transactionId, LocalDate businessDate, long amountFen) {
        this.transactionId = transactionId;
        this.businessDate = businessDate;
        this.amountFen = amountFen;
    }

    void voided() {
        this.voided = true;
    }

    public String transactionId() {
        return transactionId;
    }

    public long amountFen() {
        return amountFen;
    }
}
