package io.posflow.deposit.readmodel.state.volume;

import io.posflow.deposit.domain.deposit.Qualifying;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The terms a Deposit was opened with, as the projection folds by them (D1, D2): the window, what
 * qualifies and the target. Written once, when the deposit opens; never changed.
 */
record DepositTerms(String depositId, String depositTransactionId, Instant windowStart, Instant windowEnd,
                    LocalDate windowEndDate, long targetFen, Qualifying qualifying) {

    /** Captured inside the window: from its start, inclusive, to its end, exclusive (D1). */
    boolean inWindow(Instant capturedAt) {
        return !capturedAt.isBefore(windowStart) && capturedAt.isBefore(windowEnd);
    }

    /** D2: gross sales and refunds, card and QR, or credit cards only; never the deposit swipe itself. */
    boolean qualifies(SettledTransaction transaction) {
        return transaction.isSaleOrRefund()
                && !transaction.transactionId().equals(depositTransactionId)
                && (qualifying == Qualifying.ALL_SALES || transaction.creditCard());
    }
}
