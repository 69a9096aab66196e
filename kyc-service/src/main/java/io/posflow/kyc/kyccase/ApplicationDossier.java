package io.posflow.kyc.kyccase;

import io.posflow.contracts.onboarding.ApplicantType;

import java.util.Objects;
import java.util.Set;

/**
 * What the checks of an application round look at. It names which sealed fields the application
 * carries, never their values, so it may be stored and logged freely.
 */
public record ApplicationDossier(ApplicantType applicantType, Set<SealedField> sealedFields) {

    public ApplicationDossier {
        Objects.requireNonNull(applicantType, "applicantType");
        sealedFields = Set.copyOf(sealedFields);
    }

    public boolean carries(SealedField field) {
        return sealedFields.contains(field);
    }
}
