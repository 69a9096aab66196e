package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * T3/T4/T5/T7: the device captures a SALE. {@code limits} are the configured limits (T4): the terminal applies
 * those of its merchant's applicant type. {@code capturedAt} comes from the service's clock, {@code deviceTime}
 * is kept for information only.
 * Answers a {@link CaptureOutcome}: a decline is recorded and published, not thrown.
 */
public record CaptureSale(@TargetAggregateIdentifier SerialNumber serialNumber, TransactionId transactionId,
                          PaymentMethod payment, Money amount, LimitsByApplicantType limits, Instant deviceTime,
                          Instant capturedAt,
                          LocalDate businessDate) implements Capture {

    @Override
    public TransactionType type() {
        return TransactionType.SALE;
    }
}
