package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * T5: the device refunds (part of) one of this terminal's SALEs once it has been settled. {@code originalSettled}
 * is what the service has learnt from settlement (TransactionSettled), looked up by the capture use case;
 * {@link RefundPolicy} decides.
 */
public record RefundSale(@TargetAggregateIdentifier SerialNumber serialNumber, TransactionId transactionId,
                         TransactionId originalTransactionId, PaymentMethod payment, Money amount,
                         boolean originalSettled, Instant deviceTime, Instant capturedAt,
                         LocalDate businessDate) implements Capture {

    @Override
    public TransactionType type() {
        return TransactionType.REFUND;
    }
}
