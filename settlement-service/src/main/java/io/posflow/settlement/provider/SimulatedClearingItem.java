package io.posflow.settlement.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A transaction the simulated card switch cleared, kept for its clearing file of that business date. */
@Entity
@Table(name = "simulated_clearing_item", indexes = @Index(name = "ix_simulated_clearing_date",
        columnList = "business_date"))
class SimulatedClearingItem {

    @Id
    @Column(name = "transaction_id", length = 100)
    private String transactionId;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    protected SimulatedClearingItem() {
    }

    SimulatedClearingItem(String transactionId, LocalDate businessDate, long amountFen) {
        this.transactionId = transactionId;
        this.businessDate = businessDate;
        this.amountFen = amountFen;
    }

    String transactionId() {
        return transactionId;
    }

    long amountFen() {
        return amountFen;
    }
}
