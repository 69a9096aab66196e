package io.posflow.settlement.domain.payout;

import java.util.Objects;

/** The bank's answer to a payout. */
public sealed interface BankPayoutResult {

    static BankPayoutResult paid() {
        return Paid.INSTANCE;
    }

    static BankPayoutResult refused(String reason) {
        return new Refused(reason);
    }

    /** The bank could not be reached or did not answer (outcome unknown); the same payout id is tried again later. */
    static BankPayoutResult unavailable(String reason) {
        return new Unavailable(reason);
    }

    /**
     * The payee's personal data was crypto-shredded (architecture §4): the account cannot be named to the bank, now or
     * ever, so the payout is not sent — it is held, visibly failed, never lost.
     */
    static BankPayoutResult payeeShredded() {
        return PayeeShredded.INSTANCE;
    }

    enum Paid implements BankPayoutResult { INSTANCE }

    enum PayeeShredded implements BankPayoutResult {
        INSTANCE;

        public static final String REASON = "PAYEE_SHREDDED";
    }

    /** @param reason why the bank was not reached, e.g. {@code BANK_UNAVAILABLE}, {@code BANK_CIRCUIT_OPEN} */
    record Unavailable(String reason) implements BankPayoutResult {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** @param reason the bank's answer, free of account details */
    record Refused(String reason) implements BankPayoutResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
