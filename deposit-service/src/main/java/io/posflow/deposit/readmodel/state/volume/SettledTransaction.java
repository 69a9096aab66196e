package io.posflow.deposit.readmodel.state.volume;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.TransactionType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the projection needs of a TransactionSettled: whose it is, how much, when it was captured, and whether
 * it was on a credit card (D2's credit-only option). {@code partition} is where it was read and
 * {@code closedThroughWhenRead} the latest business date settlement had closed there by then (null: none):
 * whether it still counts is decided by that watermark, also when it waited for its serial and is folded later
 * (D4, D5: a rebuild that knows the serial at once decides the same).
 */
record SettledTransaction(String transactionId, String serialNumber, TransactionType type, boolean creditCard,
                          long amountFen, Instant capturedAt, int partition, LocalDate closedThroughWhenRead) {

    static SettledTransaction of(TransactionSettled settled, int partition, LocalDate closedThroughWhenRead) {
        return new SettledTransaction(settled.transactionId(), settled.serialNumber(), settled.type(),
                isCredit(settled.cardType()), settled.amountFen(), settled.capturedAt(), partition,
                closedThroughWhenRead);
    }

    /** The BIN table's overseas cards are credit cards (architecture §5 simulators: {@code 411111} OVERSEAS CREDIT). */
    private static boolean isCredit(CardType cardType) {
        return cardType == CardType.CREDIT || cardType == CardType.OVERSEAS;
    }

    /** The daily bucket it falls in: the business date of its capture (architecture §3 "Time"). */
    LocalDate captureDate(BusinessDay businessDay) {
        return businessDay.dateOf(capturedAt);
    }

    /** A SALE adds, a REFUND (settled negative) subtracts; voids never settle (D2). */
    boolean isSaleOrRefund() {
        return type == TransactionType.SALE || type == TransactionType.REFUND;
    }
}
