package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;

/**
 * The card-switch port (T7): authorises a capture. Implementations bound the wait (timeout, circuit
 * breaker) and never retry — an authorisation is not idempotent at the switch — and never throw for a
 * switch failure: they answer how it went.
 */
public interface CardSwitch {

    Authorisation authorise(AuthorisationRequest request);

    /** {@code type}: a VOID or REFUND is authorised at the switch as a transaction of its own (T5). */
    record AuthorisationRequest(TransactionId transactionId, TransactionType type, SerialNumber serialNumber,
                                MerchantNo merchantNo, Money amount, PaymentMethod payment) {
    }

    enum Authorisation {
        /** The switch approved. */
        APPROVED,
        /** No answer in time, or an answer that could not be read: the switch may have approved, so reverse. */
        TIMED_OUT,
        /** Not sent at all (the circuit is open): nothing to reverse. */
        NOT_SENT
    }
}
