package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.reasons.ReasonCode;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * T5 (ADR 9): whether a VOID may cancel the SALE it names. A VOID cancels one of this terminal's approved SALEs, whole,
 * on the SALE's own business date — so before that date's settlement run — and never for a T0 merchant (T0 settles at
 * capture, S3). The rules are checked in order and the first one broken is reported; the catalogue has one code for
 * them all, {@code VOID_NOT_ALLOWED}. Whether the terminal transacts at all (T6, T8) is the terminal's own question.
 */
public final class VoidPolicy {

    /** What a VOID is decided from: its original as this terminal knows it, the merchant's speed, and the VOID. */
    record Voiding(Optional<ApprovedSale> original, SettlementSpeed speed, VoidSale command) {

        /** The original; asked only once {@link Rule#ORIGINAL_IS_THIS_TERMINALS} holds. */
        ApprovedSale sale() {
            return original.orElseThrow();
        }
    }

    /** The rules of a VOID, in the order they are checked. */
    public enum Rule {
        /** The original is an approved transaction of this terminal: not another terminal's, not unknown. */
        ORIGINAL_IS_THIS_TERMINALS(v -> v.original().isPresent()),
        /** The merchant is not T0: a T0 SALE is settled at capture (S3), there is nothing left to cancel. */
        MERCHANT_IS_NOT_T0(v -> v.speed() != SettlementSpeed.T0),
        /** The original is a SALE, not the deposit swipe (T3: the merchant's deposit). */
        ORIGINAL_IS_A_SALE(v -> !v.sale().isTheDepositSwipe()),
        /** The SALE was not voided already. */
        NOT_VOIDED_YET(v -> !v.sale().voided()),
        /** The SALE was not refunded, not even in part: a VOID cancels the whole SALE. */
        NOT_REFUNDED(v -> !v.sale().wasRefunded()),
        /** Settlement has not settled the SALE yet (as far as this service learnt, TransactionSettled). */
        NOT_SETTLED_YET(v -> !v.command().originalSettled()),
        /** On the SALE's own business date, which is always before that date's settlement run. */
        ON_THE_SALES_BUSINESS_DATE(v -> v.sale().businessDate().equals(v.command().businessDate())),
        /** For the SALE's whole amount. */
        FOR_THE_WHOLE_AMOUNT(v -> v.sale().amount().equals(v.command().amount()));

        private final Predicate<Voiding> holds;

        Rule(Predicate<Voiding> holds) {
            this.holds = holds;
        }
    }

    private VoidPolicy() {
    }

    /**
     * @param original what this terminal knows of the transaction the VOID names; empty if it is not one of its
     *                 approved transactions
     * @return the first rule the VOID breaks, with {@code VOID_NOT_ALLOWED}; empty when it may be authorised
     */
    public static Optional<Rejection> check(Optional<ApprovedSale> original, SettlementSpeed speed, VoidSale command) {
        Voiding voiding = new Voiding(original, speed, command);
        return Arrays.stream(Rule.values())
                .filter(rule -> !rule.holds.test(voiding))
                .findFirst()
                .map(rule -> new Rejection(ReasonCode.VOID_NOT_ALLOWED, rule));
    }
}
