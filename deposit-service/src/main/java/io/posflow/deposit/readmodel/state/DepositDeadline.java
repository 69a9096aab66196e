package io.posflow.deposit.readmodel.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A HELD deposit's window end and its business date: the deposits that may still be forfeited (D4). */
@Entity
@Table(name = "deposit_deadline", indexes = @Index(name = "ix_deposit_deadline_date", columnList = "window_end_date"))
public class DepositDeadline {

    @Id
    @Column(name = "serial_number", length = 20)
    private String serialNumber;

    @Column(name = "window_end", nullable = false)
    private Instant windowEnd;

    @Column(name = "window_end_date", nullable = false)
    private LocalDate windowEndDate;

    protected DepositDeadline() {
    }

    DepositDeadline(String serialNumber, Instant windowEnd, LocalDate windowEndDate) {
        this.serialNumber = serialNumber;
        this.windowEnd = windowEnd;
        this.windowEndDate = windowEndDate;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public Instant windowEnd() {
        return windowEnd;
    }

    public LocalDate windowEndDate() {
        return windowEndDate;
    }
}
