package io.posflow.settlement.domain.transaction;

import io.posflow.settlement.domain.merchant.MerchantNo;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Ops rejected a held sale (S7): it is never paid. */
@Revision("1")
public record CashOutHoldRejected(TransactionId transactionId, MerchantNo merchantNo, Instant rejectedAt) {
}
