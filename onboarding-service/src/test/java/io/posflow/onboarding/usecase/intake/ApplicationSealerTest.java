package io.posflow.onboarding.usecase.intake;

import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.onboarding.domain.application.ApplicationDetails;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationSealerTest {

    private static final String SUBJECT = "3f7c9a4e-0d5b-4c1e-9a2f-6b8d7e1c2a90";

    private final Map<String, byte[]> keys = new HashMap<>();
    private final SubjectSealing sealing = new SubjectSealing(new SealedValueCodec(Map.of("t", key()), "t"),
            SubjectSealing.SubjectKeys.of(id -> Optional.ofNullable(keys.get(id)),
            id -> keys.computeIfAbsent(id, k -> key())));
    private final ApplicationSealer sealer = new ApplicationSealer(sealing, ApplicationFormChecksTest::uploaded);

    @Test
    void O6_theSettlementSpeedIsT1UnlessTheApplicantChoosesT0() {
        ApplicationForm f = ApplicationFormChecksTest.personal();
        ApplicationForm unspecified = new ApplicationForm(f.channel(), f.applicantType(), f.merchantName(), f.mcc(),
                f.businessAddress(), f.deviceModel(), null, null, f.applicant(), f.settlementAccount(), null,
                f.materials(), f.agreement(), null);
        ApplicationForm instant = new ApplicationForm(f.channel(), f.applicantType(), f.merchantName(), f.mcc(),
                f.businessAddress(), f.deviceModel(), "T0", null, f.applicant(), f.settlementAccount(), null,
                f.materials(), f.agreement(), null);

        assertThat(sealer.seal(unspecified, null, SUBJECT).settlementSpeed()).isEqualTo(SettlementSpeed.T1);
        assertThat(sealer.seal(instant, null, SUBJECT).settlementSpeed()).isEqualTo(SettlementSpeed.T0);
    }

    @Test
    void everyPersonalDatumIsStoredUnderTheApplicationsKeyAndComesBackForAResubmission() {
        ApplicationForm form = ApplicationFormChecksTest.personal();

        ApplicationDetails details = sealer.seal(form, null, SUBJECT);

        List<SealedValue> personal = List.of(details.applicant().name(), details.applicant().idNumber(),
                details.applicant().phone(), details.settlementAccount().holderName(),
                details.settlementAccount().cardNumber(), details.settlementAccount().reservedPhone(),
                details.signedName());
        assertThat(personal).allSatisfy(v -> assertThat(v.keyId()).isEqualTo("subject:" + SUBJECT));
        assertThat(details.applicant().idNumber().masked()).isEqualTo("110***********1239");
        assertThat(details.toString()).doesNotContain(ApplicationFormChecksTest.ID_NUMBER,
                ApplicationFormChecksTest.DEBIT_CARD, ApplicationFormChecksTest.PHONE);
        assertThat(sealer.unseal(details)).isEqualTo(withT1(form));
    }

    @Test
    void K7_eachMaterialKeepsItsDocumentsDigestContentTypeAndOriginalFileName() {
        ApplicationDetails details = sealer.seal(ApplicationFormChecksTest.personal(), null, SUBJECT);

        assertThat(details.materials()).allSatisfy(m -> {
            assertThat(m.described()).isTrue();
            assertThat(m.contentType()).isEqualTo("image/jpeg");
            assertThat(m.originalFileName()).isEqualTo(m.documentId() + ".jpg");
        });
    }

    private static ApplicationForm withT1(ApplicationForm f) {
        ApplicationForm.Account a = f.settlementAccount();
        return new ApplicationForm(f.channel(), f.applicantType(), f.merchantName(), f.mcc(), f.businessAddress(),
                f.deviceModel(), "T1", f.terminalSerialNumber(), f.applicant(),
                new ApplicationForm.Account("PERSONAL_CARD", a.holderName(), a.cardNumber(), a.bankName(),
                        a.branchName(), a.reservedPhone()), f.businessLicence(), f.materials(), f.agreement(), f.agent());
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
