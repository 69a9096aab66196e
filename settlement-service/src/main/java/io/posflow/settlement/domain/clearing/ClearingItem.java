package io.posflow.settlement.domain.clearing;


import io.posflow.contracts.money.Money;

import java.util.Objects;

/** One line of the card switch's clearing file: a transaction the switch cleared, with its amount (S8). */
public record ClearingItem(String transactionId, Money amount) {

    public ClearingItem {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(amount, "amount");
    }
}
