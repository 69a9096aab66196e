package io.posflow.settlement.payout;

import java.util.Objects;

/** The bank's answer to a payout. */
public sealed interface BankPayoutResult {

    static BankPayoutResult paid() {
        return Paid.INSTANCE;
    }

    static BankPayoutResult refused(String reason) {
        return new Refused(reason);
    }

    enum Paid implements BankPayoutResult { INSTANCE }

    /** @param reason the bank's answer, free of account details */
    record Refused(String reason) implements BankPayoutResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
