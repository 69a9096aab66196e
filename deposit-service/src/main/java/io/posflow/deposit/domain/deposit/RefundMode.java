package io.posflow.deposit.domain.deposit;

/** When a deposit that reached its target is refunded (D3): at once, or when the merchant asks for it. */
public enum RefundMode {
    AUTOMATIC, ON_REQUEST
}
