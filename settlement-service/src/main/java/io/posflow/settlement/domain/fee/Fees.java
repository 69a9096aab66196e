package io.posflow.settlement.domain.fee;


import io.posflow.contracts.money.Money;

import java.util.Objects;

/**
 * What a transaction costs the merchant and what it is paid: always {@code mdrFee + surcharge + net = amount}.
 *
 * @param mdrFee    the merchant discount fee (S1)
 * @param surcharge the T0 surcharge (S3), zero for T1
 * @param net       what the merchant is paid
 */
public record Fees(Money amount, Money mdrFee, Money surcharge, Money net) {

    public Fees {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(mdrFee, "mdrFee");
        Objects.requireNonNull(surcharge, "surcharge");
        Objects.requireNonNull(net, "net");
        if (!mdrFee.plus(surcharge).plus(net).equals(amount)) {
            throw new IllegalArgumentException("fees and net must add up to the amount");
        }
    }

    static Fees of(Money amount, Money mdrFee, Money surcharge) {
        return new Fees(amount, mdrFee, surcharge, amount.minus(mdrFee).minus(surcharge));
    }
}
