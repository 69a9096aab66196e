package io.posflow.kyc.domain.checks;

/**
 * K10: the bank payout port, as kyc uses it — a micro-deposit to the account being verified. Idempotent per
 * {@code payoutId}: the same order again answers with the micro-deposit already paid (its amount), never a
 * second payment. A payout that gets no answer throws {@link ProviderUnavailableException}.
 */
public interface MicroDepositPayouts {

    String PROVIDER = "bank-payouts";

    /** @return the amount actually paid under this payout id */
    long pay(MicroDepositOrder order);
}
