package io.posflow.settlement.domain.ledger;


import io.posflow.contracts.money.Money;

import java.util.Objects;

/** One line of a journal entry: an amount debited or credited to an account. The amount is never negative. */
public record Posting(LedgerAccount account, Side side, Money amount) {

    public enum Side { DEBIT, CREDIT }

    public Posting {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A posting's amount is never negative: " + amount.fen());
        }
    }

    public static Posting debit(LedgerAccount account, Money amount) {
        return new Posting(account, Side.DEBIT, amount);
    }

    public static Posting credit(LedgerAccount account, Money amount) {
        return new Posting(account, Side.CREDIT, amount);
    }

    /** Debits count positive, credits negative: the entry balances when these sum to zero. */
    Money signed() {
        return side == Side.DEBIT ? amount : amount.negate();
    }
}
