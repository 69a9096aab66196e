package io.posflow.settlement.adapter.provider;

import io.posflow.settlement.domain.payout.BankPayoutResult;
import io.posflow.settlement.domain.payout.PayoutInstruction;

/**
 * The bank's payout API as it is, without protection: {@link ResilientBankPayouts} wraps it. Idempotent per
 * payout id. Throws {@link BankUnavailableException} when the bank cannot be reached or does not answer
 * (transient: worth retrying); any other exception is an unknown outcome as well.
 */
public interface BankPayoutClient {

    BankPayoutResult pay(PayoutInstruction instruction);
}
