package io.posflow.settlement.domain.transaction;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * terminal-service approved a VOID of this SALE (T5): the sale must never be paid. Answers a {@link VoidOutcome}.
 *
 * @param saleId   the voided SALE, the aggregate this command goes to
 * @param voidId   the VOID's own transaction id
 * @param voidedAt when terminal-service approved the void
 */
public record VoidSale(@TargetAggregateIdentifier TransactionId saleId, TransactionId voidId, Instant voidedAt) {

    public VoidSale {
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(voidId, "voidId");
        Objects.requireNonNull(voidedAt, "voidedAt");
    }
}
