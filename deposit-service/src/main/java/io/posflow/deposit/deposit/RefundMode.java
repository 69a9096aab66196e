package io.posflow.deposit.deposit;

/**
 * When a deposit that reached its target is refunded (D3): at once, or when the merchant asks for it.
 * Only AUTOMATIC is offered yet; ON_REQUEST is refused at start-up until it is built.
 */
public enum RefundMode {
    AUTOMATIC, ON_REQUEST
}
