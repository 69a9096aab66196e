package io.posflow.contracts.onboarding;

import io.posflow.contracts.pii.SealedValue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The person who applies, as on their resident identity card.
 *
 * @param name         sealed, {@code Mask.NAME}
 * @param idNumber     sealed, {@code Mask.ID_NUMBER}
 * @param idValidUntil last day the ID document is valid
 * @param phone        sealed, {@code Mask.PHONE}; the registered phone, used for SMS
 */
public record Applicant(SealedValue name, SealedValue idNumber, LocalDate idValidUntil, SealedValue phone) {

    public Applicant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(idValidUntil, "idValidUntil");
        Objects.requireNonNull(phone, "phone");
    }
}
