package io.posflow.kyc.domain.kyccase;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.reasons.ReasonCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The application carries every sealed field its applicant type needs for the checks that follow:
 * everybody's identity, account and agreement name; a personal card's bank-reserved phone (K4) for
 * PERSONAL and INDIVIDUAL_BUSINESS; the legal representative (K6) for licensed types. A missing field is
 * fixable, so it fails the round (the application is RETURNED).
 */
public final class WellFormedApplicationCheck implements KycCheck {

    private static final Set<SealedField> EVERYBODY = EnumSet.of(
            SealedField.APPLICANT_NAME, SealedField.APPLICANT_ID_NUMBER, SealedField.APPLICANT_PHONE,
            SealedField.ACCOUNT_HOLDER_NAME, SealedField.ACCOUNT_NUMBER, SealedField.AGREEMENT_SIGNED_NAME);

    @Override
    public List<Finding> check(ApplicationDossier dossier) {
        return requiredFor(dossier.applicantType()).stream()
                .filter(field -> !dossier.carries(field))
                .map(field -> Finding.fail(ReasonCode.MATERIAL_MISSING,
                        "Required field " + field.path() + " is missing."))
                .toList();
    }

    static Set<SealedField> requiredFor(ApplicantType type) {
        Set<SealedField> required = EnumSet.copyOf(EVERYBODY);
        if (type == ApplicantType.PERSONAL || type == ApplicantType.INDIVIDUAL_BUSINESS) {
            required.add(SealedField.RESERVED_PHONE);
        }
        if (type == ApplicantType.INDIVIDUAL_BUSINESS || type == ApplicantType.ENTERPRISE) {
            required.add(SealedField.LEGAL_REPRESENTATIVE);
        }
        return required;
    }
}
