package io.posflow.kyc.domain.checks;

import io.posflow.contracts.pii.Mask;

import java.util.Objects;

/**
 * The four elements sent to the bank (K4), in clear: built inside the check just before the call and never
 * kept. {@code toString} shows them masked only.
 */
public record BankCardElements(String holderName, String idNumber, String cardNumber, String reservedPhone) {

    public BankCardElements {
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(reservedPhone, "reservedPhone");
    }

    @Override
    public String toString() {
        return "BankCardElements[" + Mask.NAME.apply(holderName) + ", " + Mask.ID_NUMBER.apply(idNumber) + ", "
                + Mask.CARD_NUMBER.apply(cardNumber) + ", " + Mask.PHONE.apply(reservedPhone) + "]";
    }
}
