package io.posflow.settlement.domain.payout;

/**
 * The bank payout port (S6). Idempotent per payout id: paying the same id again answers the first outcome
 * and moves no money, so an attempt whose answer was lost can simply be repeated. An exception means the
 * outcome is unknown (the caller retries with the same id).
 */
public interface BankPayouts {

    BankPayoutResult pay(PayoutInstruction instruction);
}
