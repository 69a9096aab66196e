package io.posflow.settlement.readmodel.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A terminal settlement has seen deregistered (T6): it is charged no further data-card year (S4), even when its
 * activation reaches settlement only afterwards (parked until its merchant was known).
 */
@Entity
@Table(name = "deregistered_terminal")
public class DeregisteredTerminal {

    @Id
    @Column(name = "serial_number", length = 20)
    private String serialNumber;

    @Column(name = "deregistered_at", nullable = false)
    private Instant deregisteredAt;

    protected DeregisteredTerminal() {
    }

    public DeregisteredTerminal(String serialNumber, Instant deregisteredAt) {
        this.serialNumber = serialNumber;
        this.deregisteredAt = deregisteredAt;
    }
}
