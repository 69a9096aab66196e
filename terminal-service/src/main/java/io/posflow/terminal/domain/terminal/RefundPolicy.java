package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.reasons.ReasonCode;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * T5 (ADR 9): whether a REFUND may pay back (part of) the SALE it names. What is refundable of a SALE is what
 * settlement settled of it less its earlier refunds, all of them together at most its amount. A SALE not settled yet
 * (the device voids it instead, on its business date), a voided one, the deposit swipe (never paid to the merchant,
 * S5), another terminal's or an unknown transaction have nothing refundable, so any refund of them exceeds it: every
 * rule answers {@code REFUND_EXCEEDS_ORIGINAL}, the catalogue's only refund code. Whether settlement has settled the
 * SALE is a fact the use case looks up and passes in the command; the rule is decided here.
 */
public final class RefundPolicy {

    /** What a REFUND is decided from: its original as this terminal knows it, and the REFUND. */
    record Refunding(Optional<ApprovedSale> original, RefundSale command) {

        /** The original; asked only once {@link Rule#ORIGINAL_IS_THIS_TERMINALS} holds. */
        ApprovedSale sale() {
            return original.orElseThrow();
        }
    }

    /** The rules of a REFUND, in the order they are checked. */
    public enum Rule {
        /** The original is an approved transaction of this terminal: not another terminal's, not unknown. */
        ORIGINAL_IS_THIS_TERMINALS(r -> r.original().isPresent()),
        /** The original is a SALE, not the deposit swipe (never paid to the merchant, S5). */
        ORIGINAL_IS_A_SALE(r -> !r.sale().isTheDepositSwipe()),
        /** The SALE was not voided: a voided SALE never settles. */
        NOT_VOIDED(r -> !r.sale().voided()),
        /** Settlement has settled the SALE (TransactionSettled); before that the device voids it instead. */
        SETTLED(r -> r.command().originalSettled()),
        /** This refund and the earlier ones together are at most the SALE's amount. */
        WITHIN_WHAT_IS_LEFT(r -> !r.sale().refunded().plus(r.command().amount()).isGreaterThan(r.sale().amount()));

        private final Predicate<Refunding> holds;

        Rule(Predicate<Refunding> holds) {
            this.holds = holds;
        }
    }

    private RefundPolicy() {
    }

    /**
     * @param original what this terminal knows of the transaction the REFUND names; empty if it is not one of its
     *                 approved transactions
     * @return the first rule the REFUND breaks, with {@code REFUND_EXCEEDS_ORIGINAL}; empty when it may be authorised
     */
    public static Optional<Rejection> check(Optional<ApprovedSale> original, RefundSale command) {
        Refunding refunding = new Refunding(original, command);
        return Arrays.stream(Rule.values())
                .filter(rule -> !rule.holds.test(refunding))
                .findFirst()
                .map(rule -> new Rejection(ReasonCode.REFUND_EXCEEDS_ORIGINAL, rule));
    }
}
