package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T5/T7: a VOID was declined for {@code reason}; the original SALE stands. */
@Revision("1")
public record VoidDeclined(TransactionId transactionId, TransactionId originalTransactionId,
                           SerialNumber serialNumber, MerchantNo merchantNo, PaymentMethod payment, Money amount,
                           ReasonCode reason, Instant declinedAt) {
}
