package io.posflow.settlement.domain.payable;

import io.posflow.settlement.domain.merchant.MerchantNo;

import java.util.Objects;

/**
 * The id of a merchant's {@link MerchantPayable}: {@code PAYABLE:<merchantNo>}. Prefixed because aggregate ids
 * share one event store and the merchant number is already the MerchantAccount's id.
 */
public record MerchantPayableId(String value) {

    private static final String PREFIX = "PAYABLE:";

    public MerchantPayableId {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || !MerchantNo.isValid(value.substring(PREFIX.length()))) {
            throw new IllegalArgumentException("a payable id is PAYABLE:<merchantNo>");
        }
    }

    public static MerchantPayableId of(MerchantNo merchantNo) {
        return new MerchantPayableId(PREFIX + merchantNo.value());
    }

    /** Axon uses the identifier's string form as the aggregate id. */
    @Override
    public String toString() {
        return value;
    }
}
