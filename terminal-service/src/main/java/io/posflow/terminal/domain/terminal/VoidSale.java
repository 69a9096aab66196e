package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * T5: the device voids one of this terminal's SALEs, for its whole amount, on the SALE's business date.
 * {@code originalSettled} is what the service has learnt from settlement (TransactionSettled), looked up by the
 * capture use case; {@link VoidPolicy} decides: a settled SALE can no longer be voided, only refunded.
 */
public record VoidSale(@TargetAggregateIdentifier SerialNumber serialNumber, TransactionId transactionId,
                       TransactionId originalTransactionId, PaymentMethod payment, Money amount,
                       boolean originalSettled, Instant deviceTime, Instant capturedAt,
                       LocalDate businessDate) implements Capture {

    @Override
    public TransactionType type() {
        return TransactionType.VOID;
    }
}
