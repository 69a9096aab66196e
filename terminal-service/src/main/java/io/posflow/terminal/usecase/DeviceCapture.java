package io.posflow.terminal.usecase;

import io.posflow.contracts.money.Money;
import io.posflow.terminal.domain.terminal.PaymentMethod;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.TransactionId;
import io.posflow.terminal.domain.terminal.TransactionType;

import java.time.Instant;
import java.util.Objects;

/**
 * T5: what the device asked to capture, read and checked by the web layer — a SALE, or a VOID or REFUND naming its
 * original. {@link Captures} adds what the terminal decides from and the device cannot say: the capture time and
 * business date, T4's configured limits, and whether settlement has settled the original.
 *
 * @param originalTransactionId the SALE a VOID or REFUND refers to; null for a SALE
 * @param deviceTime            the device's own clock, kept for information only
 */
public record DeviceCapture(SerialNumber serialNumber, TransactionId transactionId, TransactionType type,
                            TransactionId originalTransactionId, PaymentMethod payment, Money amount,
                            Instant deviceTime) {

    public DeviceCapture {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(amount, "amount");
        if ((type == TransactionType.SALE) != (originalTransactionId == null)) {
            throw new IllegalArgumentException("A VOID or REFUND names its original, a SALE none");
        }
    }
}
