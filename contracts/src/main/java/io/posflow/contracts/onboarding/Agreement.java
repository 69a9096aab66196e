package io.posflow.contracts.onboarding;

import io.posflow.contracts.pii.SealedValue;
import java.util.Objects;

/** The signed electronic merchant agreement; {@code signedName} is sealed, {@code Mask.NAME}. */
public record Agreement(SealedValue signedName) {

    public Agreement {
        Objects.requireNonNull(signedName, "signedName");
    }
}
