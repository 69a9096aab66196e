package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.reasons.ReasonCode;

/** T5: a transaction id answers one request; the same id with another body is refused, never captured. */
public class TransactionIdReusedException extends TerminalRuleBroken {

    public TransactionIdReusedException(TransactionId transactionId) {
        super(ReasonCode.IDEMPOTENCY_CONFLICT.name(),
                "Transaction " + transactionId + " was already captured with a different request.");
    }
}
