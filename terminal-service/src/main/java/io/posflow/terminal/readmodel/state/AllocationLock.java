package io.posflow.terminal.readmodel.state;

import io.posflow.terminal.domain.terminal.TerminalModel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row per model, locked ({@code select … for update}) by whoever decides which merchant gets which stock
 * terminal of the model: allocations of a model happen one at a time across threads and instances, so the last
 * stock terminal goes to exactly one merchant and a merchant queued while a terminal is being registered is not
 * missed by that registration.
 */
@Entity
@Table(name = "terminal_allocation_lock")
public class AllocationLock {

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private TerminalModel model;

    protected AllocationLock() {
    }

    public AllocationLock(TerminalModel model) {
        this.model = model;
    }
}
