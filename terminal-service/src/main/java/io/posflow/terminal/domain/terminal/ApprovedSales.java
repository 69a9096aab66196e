package io.posflow.terminal.domain.terminal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * T5: what a VOID or a REFUND at this terminal may name — its approved SALEs and its deposit swipe, with whether each
 * was voided and how much of it was refunded; nothing else of its history. Changed only by the terminal's
 * event-sourcing handlers, so a replay rebuilds the same.
 */
public final class ApprovedSales {

    private final Map<TransactionId, ApprovedSale> byTransactionId = new HashMap<>();

    /** Empty when the id is not an approved transaction of this terminal (another terminal's, or unknown). */
    public Optional<ApprovedSale> find(TransactionId transactionId) {
        return Optional.ofNullable(byTransactionId.get(transactionId));
    }

    void captured(SaleCaptured event) {
        byTransactionId.put(event.transactionId(), ApprovedSale.of(event));
    }

    void voided(SaleVoided event) {
        byTransactionId.computeIfPresent(event.originalTransactionId(), (id, sale) -> sale.markedVoided());
    }

    void refunded(RefundCaptured event) {
        byTransactionId.computeIfPresent(event.originalTransactionId(), (id, sale) -> sale.withRefund(event.amount()));
    }
}
