package io.posflow.settlement.domain.merchant;

import io.posflow.contracts.settlement.CashOutRiskReason;
import org.axonframework.serialization.Revision;

/** A card the merchant itself used, by keyed hash (S7): how a SALE on it would be flagged. Not published. */
@Revision("1")
public record OwnCardNoted(MerchantNo merchantNo, String cardFingerprint, CashOutRiskReason use) {
}
