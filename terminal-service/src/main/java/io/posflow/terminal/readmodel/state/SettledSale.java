package io.posflow.terminal.readmodel.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * T5: a SALE that settlement has settled (TransactionSettled on settlement.transactions.v1). From then on it can
 * be refunded and no longer voided. One row per transaction id; a redelivery finds it there.
 */
@Entity
@Table(name = "settled_sale")
public class SettledSale {

    @Id
    @Column(name = "transaction_id", length = 64)
    private String transactionId;

    @Column(name = "serial_number", nullable = false, length = 20)
    private String serialNumber;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "settlement_date", nullable = false)
    private LocalDate settlementDate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SettledSale() {
    }

    public SettledSale(String transactionId, String serialNumber, long amountFen, LocalDate settlementDate,
                       Instant recordedAt) {
        this.transactionId = transactionId;
        this.serialNumber = serialNumber;
        this.amountFen = amountFen;
        this.settlementDate = settlementDate;
        this.recordedAt = recordedAt;
    }

    public String transactionId() {
        return transactionId;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public long amountFen() {
        return amountFen;
    }

    public LocalDate settlementDate() {
        return settlementDate;
    }
}
