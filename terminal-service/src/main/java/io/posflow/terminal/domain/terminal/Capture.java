package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;

import java.time.Instant;
import java.time.LocalDate;

/**
 * T5: what the device asks the terminal to capture — a SALE, a VOID or a REFUND. Every kind answers a
 * {@link CaptureOutcome}; a decline is recorded and published, not thrown.
 */
public sealed interface Capture permits CaptureSale, VoidSale, RefundSale {

    SerialNumber serialNumber();

    TransactionId transactionId();

    TransactionType type();

    PaymentMethod payment();

    Money amount();

    Instant capturedAt();

    /** The business date of {@code capturedAt}, as the service's {@code BusinessDay} reckons it (architecture §3). */
    LocalDate businessDate();
}
