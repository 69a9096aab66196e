package io.posflow.kyc.domain.kyccase;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.reasons.ReasonCode;
import org.junit.jupiter.api.Test;

import static io.posflow.kyc.Dossiers.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

class WellFormedApplicationCheckTest {

    private final WellFormedApplicationCheck check = new WellFormedApplicationCheck();

    @Test
    void aPersonalApplicationWithEveryFieldItNeedsPasses() {
        assertThat(check.check(anApplication().build())).isEmpty();
    }

    @Test
    void aPersonalCardWithoutItsBankReservedPhoneFailsNamingTheField() {
        assertThat(check.check(anApplication().type(ApplicantType.INDIVIDUAL_BUSINESS)
                .without(SealedField.RESERVED_PHONE).build()))
                .containsExactly(Finding.fail(ReasonCode.MATERIAL_MISSING,
                        "Required field settlementAccount.reservedPhone is missing."));
    }

    @Test
    void anEnterpriseNeedsItsLegalRepresentativeButNoReservedPhone() {
        assertThat(check.check(anApplication().type(ApplicantType.ENTERPRISE).corporateAccount().build())).isEmpty();
        assertThat(check.check(anApplication().type(ApplicantType.ENTERPRISE).corporateAccount()
                .without(SealedField.LEGAL_REPRESENTATIVE).build()))
                .extracting(f -> f.reason().message())
                .containsExactly("Required field businessLicence.legalRepresentative is missing.");
    }
}
