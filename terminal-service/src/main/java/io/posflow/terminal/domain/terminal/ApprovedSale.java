package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;

import java.time.LocalDate;

/**
 * T5: an approved SALE (or the deposit swipe) as a VOID or a REFUND of it sees it. {@code refunded} is the total of its
 * approved refunds so far.
 */
public record ApprovedSale(Money amount, LocalDate businessDate, TransactionPurpose purpose, boolean voided,
                           Money refunded) {

    static ApprovedSale of(SaleCaptured captured) {
        return new ApprovedSale(captured.amount(), captured.businessDate(), captured.purpose(), false, Money.ZERO);
    }

    boolean isTheDepositSwipe() {
        return purpose != TransactionPurpose.SALE;
    }

    boolean wasRefunded() {
        return refunded.fen() != 0;
    }

    ApprovedSale markedVoided() {
        return new ApprovedSale(amount, businessDate, purpose, true, refunded);
    }

    ApprovedSale withRefund(Money more) {
        return new ApprovedSale(amount, businessDate, purpose, voided, refunded.plus(more));
    }
}
