package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** T5: a SALE was voided on its business date; it will never settle. {@code amount} is the SALE's. */
@Revision("1")
public record SaleVoided(TransactionId transactionId, TransactionId originalTransactionId, SerialNumber serialNumber,
                         MerchantNo merchantNo, PaymentMethod payment, Money amount, Instant deviceTime,
                         Instant voidedAt, LocalDate businessDate) {
}
