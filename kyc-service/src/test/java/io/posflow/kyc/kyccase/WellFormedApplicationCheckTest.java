package io.posflow.kyc.kyccase;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.reasons.ReasonCode;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WellFormedApplicationCheckTest {

    private final WellFormedApplicationCheck check = new WellFormedApplicationCheck();

    @Test
    void aPersonalApplicationWithEveryFieldItNeedsPasses() {
        Set<SealedField> fields = EnumSet.allOf(SealedField.class);
        fields.remove(SealedField.LEGAL_REPRESENTATIVE);
        assertThat(check.check(new ApplicationDossier(ApplicantType.PERSONAL, fields))).isEmpty();
    }

    @Test
    void aPersonalCardWithoutItsBankReservedPhoneFailsNamingTheField() {
        Set<SealedField> fields = EnumSet.allOf(SealedField.class);
        fields.remove(SealedField.RESERVED_PHONE);
        assertThat(check.check(new ApplicationDossier(ApplicantType.INDIVIDUAL_BUSINESS, fields)))
                .containsExactly(Finding.fail(ReasonCode.MATERIAL_MISSING,
                        "Required field settlementAccount.reservedPhone is missing."));
    }

    @Test
    void anEnterpriseNeedsItsLegalRepresentativeButNoReservedPhone() {
        Set<SealedField> fields = EnumSet.allOf(SealedField.class);
        fields.remove(SealedField.RESERVED_PHONE);
        assertThat(check.check(new ApplicationDossier(ApplicantType.ENTERPRISE, fields))).isEmpty();
        fields.remove(SealedField.LEGAL_REPRESENTATIVE);
        assertThat(check.check(new ApplicationDossier(ApplicantType.ENTERPRISE, fields)))
                .extracting(f -> f.reason().message())
                .containsExactly("Required field businessLicence.legalRepresentative is missing.");
    }
}
