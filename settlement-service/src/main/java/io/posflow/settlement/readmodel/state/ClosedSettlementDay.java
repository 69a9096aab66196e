package io.posflow.settlement.readmodel.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A business date whose SettlementDayClosed has been recorded: the run closes each date once, in order. */
@Entity
@Table(name = "settlement_day")
public class ClosedSettlementDay {

    @Id
    @Column(name = "business_date")
    private LocalDate businessDate;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    protected ClosedSettlementDay() {
    }

    ClosedSettlementDay(LocalDate businessDate, Instant closedAt) {
        this.businessDate = businessDate;
        this.closedAt = closedAt;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
