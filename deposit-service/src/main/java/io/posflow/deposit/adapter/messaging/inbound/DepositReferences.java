package io.posflow.deposit.adapter.messaging.inbound;

/**
 * The reference a message parks on while the deposit it names is unknown (architecture §4): a refund payout or a
 * replacement that arrives before its terminal's deposit opened (or moved to it, T8).
 */
public final class DepositReferences {

    private DepositReferences() {
    }

    public static String depositOf(String serialNumber) {
        return "deposit:" + serialNumber;
    }
}
