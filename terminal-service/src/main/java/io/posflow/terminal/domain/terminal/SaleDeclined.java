package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T3/T4/T5/T7: a SALE was declined for {@code reason}; nothing settles. */
@Revision("1")
public record SaleDeclined(TransactionId transactionId, SerialNumber serialNumber, MerchantNo merchantNo,
                           PaymentMethod payment, Money amount, ReasonCode reason, Instant declinedAt) {
}
