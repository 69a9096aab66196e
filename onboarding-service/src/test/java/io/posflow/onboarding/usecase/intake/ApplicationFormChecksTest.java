package io.posflow.onboarding.usecase.intake;

import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.onboarding.domain.checks.BinTable;
import io.posflow.onboarding.domain.checks.MerchantNameRules;
import io.posflow.onboarding.domain.checks.PrefectureLevelCities;
import io.posflow.onboarding.domain.document.StoredDocument;
import io.posflow.platform.problem.FieldProblem;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ApplicationFormChecksTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    static final String NAME = "王小明";
    static final String ID_NUMBER = "110105199003071239";
    static final String DEBIT_CARD = "6222021234567890128";
    static final String CREDIT_CARD = "6258071234567896";
    static final String PHONE = "13800138000";
    static final String USCC = "91350100M000100Y43";

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private final ApplicationFormChecks checks = new ApplicationFormChecks(VALIDATION.getValidator(),
            new MerchantNameRules(PrefectureLevelCities.load()), BinTable.SIMULATION, Period.ofMonths(3),
            ApplicationFormChecksTest::uploaded, Duration.ofSeconds(10));

    /** Uploaded documents: {@code doc-<KIND>} is a photo, {@code video-<seconds>} an MP4 of that length. */
    static Optional<StoredDocument> uploaded(String id) {
        Instant at = Instant.parse("2026-11-22T01:00:00Z");
        if (id.startsWith("doc-")) {
            return Optional.of(new StoredDocument(id, "image/jpeg", "0".repeat(64), 1000, id + ".jpg", null, at));
        }
        if (id.startsWith("video-")) {
            long seconds = Long.parseLong(id.substring(6));
            return Optional.of(new StoredDocument(id, "video/mp4", "1".repeat(64), 90_000, "shop.mp4",
                    seconds * 1000, at));
        }
        if (id.startsWith("pdf-")) {
            return Optional.of(new StoredDocument(id, "application/pdf", "2".repeat(64), 5000, "a.pdf", null, at));
        }
        return Optional.empty();
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    // --- test data ------------------------------------------------------------------------------

    static ApplicationForm personal() {
        return form("ONLINE", "PERSONAL", "北京市朝阳区老王便利店", applicant(NAME, ID_NUMBER, "2035-05-01"),
                new ApplicationForm.Account(null, NAME, DEBIT_CARD, "中国工商银行", "中国工商银行北京朝阳支行", PHONE),
                null, materials("ID_FRONT", "ID_BACK", "FACE_LIVENESS", "BANK_CARD", "SCENE_PHOTO"), NAME, null);
    }

    static ApplicationForm individualBusiness() {
        return form("ONLINE", "INDIVIDUAL_BUSINESS", "杭州市西湖区小明面馆", applicant(NAME, ID_NUMBER, "2035-05-01"),
                new ApplicationForm.Account(null, NAME, DEBIT_CARD, "中国工商银行", null, PHONE),
                new ApplicationForm.Licence(USCC, LocalDate.parse("2040-01-01"), NAME),
                materials("ID_FRONT", "ID_BACK", "FACE_LIVENESS", "BANK_CARD", "BUSINESS_LICENCE", "STOREFRONT_PHOTO",
                        "INTERIOR_PHOTO"), NAME, null);
    }

    static ApplicationForm enterpriseByAgent() {
        return form("AGENT", "ENTERPRISE", "深圳市南山区小明科技有限公司", applicant(NAME, ID_NUMBER, "2035-05-01"),
                new ApplicationForm.Account("CORPORATE", "深圳市南山区小明科技有限公司", "44250100003600001234", "中国建设银行",
                        null, null),
                new ApplicationForm.Licence(USCC, null, "李大强"),
                materials("ID_FRONT", "ID_BACK", "FACE_LIVENESS", "BUSINESS_LICENCE", "STOREFRONT_PHOTO",
                        "INTERIOR_PHOTO", "ACCOUNT_PERMIT", "LEASE_CONTRACT", "LEGAL_REP_ID_FRONT", "LEGAL_REP_ID_BACK"),
                NAME, new ApplicationForm.Agent("AG-0001", "CERT-2026-0001"));
    }

    static ApplicationForm form(String channel, String type, String merchantName, ApplicationForm.Applicant applicant,
                                ApplicationForm.Account account, ApplicationForm.Licence licence,
                                List<ApplicationForm.MaterialItem> materials, String signedName,
                                ApplicationForm.Agent agent) {
        return new ApplicationForm(channel, type, merchantName, "5411",
                new ApplicationForm.Address("北京市", "北京市", "朝阳区", "建国路88号"), "ESIGN", "T1", null, applicant,
                account, licence, materials, new ApplicationForm.Agreement(signedName), agent);
    }

    static ApplicationForm.Applicant applicant(String name, String idNumber, String validUntil) {
        return new ApplicationForm.Applicant(name, idNumber, LocalDate.parse(validUntil), PHONE);
    }

    static List<ApplicationForm.MaterialItem> materials(String... kinds) {
        return Arrays.stream(kinds).map(k -> new ApplicationForm.MaterialItem(k, "doc-" + k)).toList();
    }

    private List<FieldProblem> problems(ApplicationForm form) {
        return checks.problems(form, TODAY);
    }

    // --- valid forms ----------------------------------------------------------------------------

    @Test
    void O1_wellFormedApplicationsOfEveryTypeHaveNoProblems() {
        assertThat(problems(personal())).isEmpty();
        assertThat(problems(individualBusiness())).isEmpty();
        assertThat(problems(enterpriseByAgent())).isEmpty();
    }

    @Test
    void O1_anIndividualBusinessOrEnterpriseGivesItsBusinessLicence() {
        ApplicationForm f = individualBusiness();
        ApplicationForm noLicence = form(f.channel(), f.applicantType(), f.merchantName(), f.applicant(),
                f.settlementAccount(), null, f.materials(), NAME, null);

        assertThat(problems(noLicence)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("businessLicence", "INVALID_INPUT"));
    }

    @Test
    void O1_anEnterpriseSettlesToACorporateAccountAndOnlyAnEnterpriseDoes() {
        ApplicationForm e = enterpriseByAgent();
        ApplicationForm enterpriseOnACard = form(e.channel(), e.applicantType(), e.merchantName(), e.applicant(),
                new ApplicationForm.Account(null, NAME, DEBIT_CARD, "中国工商银行", null, PHONE), e.businessLicence(),
                e.materials(), NAME, e.agent());
        ApplicationForm p = personal();
        ApplicationForm personalOnACorporateAccount = form(p.channel(), p.applicantType(), p.merchantName(),
                p.applicant(), new ApplicationForm.Account("CORPORATE", NAME, "44250100003600001234", "中国建设银行",
                        null, null), null, p.materials(), NAME, null);

        assertThat(problems(enterpriseOnACard)).extracting(FieldProblem::field)
                .containsExactly("settlementAccount.accountType");
        assertThat(problems(personalOnACorporateAccount)).extracting(FieldProblem::field)
                .containsExactly("settlementAccount.accountType");
    }

    // --- O2 materials -----------------------------------------------------------------------------

    @Test
    void O2_everyMissingMaterialIsListedAtOnceNamingItsKind() {
        ApplicationForm f = personal();
        ApplicationForm missing = form(f.channel(), f.applicantType(), f.merchantName(), f.applicant(),
                f.settlementAccount(), null, materials("ID_FRONT"), NAME, null);

        assertThat(problems(missing)).extracting(FieldProblem::field, FieldProblem::code)
                .containsOnly(tuple("materials", "MATERIAL_MISSING"));
        assertThat(problems(missing)).extracting(FieldProblem::message).containsExactlyInAnyOrder(
                "Material ID_BACK is missing.", "Material FACE_LIVENESS is missing.", "Material BANK_CARD is missing.",
                "Material SCENE_PHOTO is missing.");
    }

    @Test
    void O2_anAgentApplyingForACompanyAddsTheLegalRepresentativesId() {
        ApplicationForm f = enterpriseByAgent();
        List<ApplicationForm.MaterialItem> withoutLegalRep = f.materials().stream()
                .filter(m -> !m.kind().startsWith("LEGAL_REP")).toList();
        ApplicationForm byAgent = form("AGENT", "ENTERPRISE", f.merchantName(), f.applicant(), f.settlementAccount(),
                f.businessLicence(), withoutLegalRep, NAME, f.agent());
        ApplicationForm online = form("ONLINE", "ENTERPRISE", f.merchantName(), f.applicant(), f.settlementAccount(),
                f.businessLicence(), withoutLegalRep, NAME, null);

        assertThat(problems(byAgent)).extracting(FieldProblem::message).containsExactlyInAnyOrder(
                "Material LEGAL_REP_ID_FRONT is missing.", "Material LEGAL_REP_ID_BACK is missing.");
        assertThat(problems(online)).isEmpty();
    }

    @Test
    void O2_K9_aPartnerBankApplicationNeedsNoFaceCapture() {
        assertThat(RequiredMaterials.of(io.posflow.contracts.onboarding.ApplicantType.PERSONAL,
                io.posflow.contracts.onboarding.Channel.PARTNER_BANK)).doesNotContain(MaterialKind.FACE_LIVENESS);
        assertThat(RequiredMaterials.of(io.posflow.contracts.onboarding.ApplicantType.PERSONAL,
                io.posflow.contracts.onboarding.Channel.ONLINE)).contains(MaterialKind.FACE_LIVENESS);
    }

    @Test
    void O2_aMaterialNamingNoUploadedDocumentIsRefusedByItsPath() {
        ApplicationForm f = personal();
        List<ApplicationForm.MaterialItem> materials = new java.util.ArrayList<>(f.materials());
        materials.set(3, new ApplicationForm.MaterialItem("BANK_CARD", "never-uploaded"));
        ApplicationForm bad = form(f.channel(), f.applicantType(), f.merchantName(), f.applicant(),
                f.settlementAccount(), null, materials, NAME, null);

        assertThat(problems(bad)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("materials[3].documentId", "DOCUMENT_NOT_FOUND"));
    }

    @Test
    void O2_aBusinessVideoIsAnMp4OfAtMostTenSecondsAndPhotosArePhotos() {
        ApplicationForm f = personal();
        List<ApplicationForm.MaterialItem> materials = new java.util.ArrayList<>(f.materials());
        materials.add(new ApplicationForm.MaterialItem("BUSINESS_VIDEO", "video-11"));
        materials.set(0, new ApplicationForm.MaterialItem("ID_FRONT", "pdf-1"));
        ApplicationForm tooLong = form(f.channel(), f.applicantType(), f.merchantName(), f.applicant(),
                f.settlementAccount(), null, materials, NAME, null);
        List<ApplicationForm.MaterialItem> fine = new java.util.ArrayList<>(f.materials());
        fine.add(new ApplicationForm.MaterialItem("BUSINESS_VIDEO", "video-10"));
        ApplicationForm tenSeconds = form(f.channel(), f.applicantType(), f.merchantName(), f.applicant(),
                f.settlementAccount(), null, fine, NAME, null);

        assertThat(problems(tooLong)).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                tuple("materials[0].documentId", "a ID_FRONT must be a JPEG or PNG photo"),
                tuple("materials[5].documentId", "a BUSINESS_VIDEO may last at most 10 s"));
        assertThat(problems(tenSeconds)).isEmpty();
    }

    // --- O3 merchant name -----------------------------------------------------------------------

    @Test
    void O3_merchantNameWithoutCityIsRefused() {
        ApplicationForm f = personal();
        ApplicationForm noCity = form(f.channel(), f.applicantType(), "老王便利店建国路总店", f.applicant(),
                f.settlementAccount(), null, f.materials(), NAME, null);

        assertThat(problems(noCity)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("merchantName", "MERCHANT_NAME_NO_CITY"));
    }

    @Test
    void O3_aShortNameAndACompanySuffixOfAPersonalMerchantAreBothReported() {
        ApplicationForm f = personal();
        ApplicationForm bad = form(f.channel(), f.applicantType(), "北京有限公司", f.applicant(), f.settlementAccount(),
                null, f.materials(), NAME, null);

        assertThat(problems(bad)).extracting(FieldProblem::code)
                .containsExactlyInAnyOrder("MERCHANT_NAME_TOO_SHORT", "MERCHANT_NAME_COMPANY_SUFFIX");
    }

    // --- O4 channels ----------------------------------------------------------------------------

    @Test
    void O4_anAgentApplicationNamesItsAgent() {
        ApplicationForm f = enterpriseByAgent();
        ApplicationForm noAgent = form("AGENT", "ENTERPRISE", f.merchantName(), f.applicant(), f.settlementAccount(),
                f.businessLicence(), f.materials(), NAME, null);
        ApplicationForm blankCertificate = form("AGENT", "ENTERPRISE", f.merchantName(), f.applicant(),
                f.settlementAccount(), f.businessLicence(), f.materials(), NAME, new ApplicationForm.Agent("AG-1", " "));

        assertThat(problems(noAgent)).extracting(FieldProblem::field).containsExactly("agent");
        assertThat(problems(blankCertificate)).extracting(FieldProblem::field).containsExactly("agent.certificateNo");
    }

    // --- K1, K2 ---------------------------------------------------------------------------------

    @Test
    void K1_anIdNumberWithAWrongCheckCharacterIsRefusedWithoutEchoingIt() {
        ApplicationForm f = personal();
        ApplicationForm bad = form(f.channel(), f.applicantType(), f.merchantName(),
                applicant(NAME, "110105199003071238", "2035-05-01"), f.settlementAccount(), null, f.materials(), NAME,
                null);

        List<FieldProblem> problems = problems(bad);
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("applicant.idNumber", "ID_NUMBER_INVALID"));
        assertThat(problems).extracting(FieldProblem::message).noneMatch(m -> m.contains("110105199003071238"));
    }

    @Test
    void K1_anApplicantUnder18OnTheSubmissionDateIsRefused() {
        ApplicationForm f = personal();
        // born 2008-11-23: 17 on 2026-11-22
        ApplicationForm young = form(f.channel(), f.applicantType(), f.merchantName(),
                applicant(NAME, withCheck("11010520081123001"), "2035-05-01"), f.settlementAccount(), null,
                f.materials(), NAME, null);

        assertThat(problems(young)).extracting(FieldProblem::code).containsExactly("AGE_OUT_OF_RANGE");
    }

    @Test
    void K2_anIdDocumentValidForLessThanThreeMoreMonthsIsRefused() {
        ApplicationForm f = personal();
        ApplicationForm expiring = form(f.channel(), f.applicantType(), f.merchantName(),
                applicant(NAME, ID_NUMBER, "2027-02-21"), f.settlementAccount(), null, f.materials(), NAME, null);
        ApplicationForm justValid = form(f.channel(), f.applicantType(), f.merchantName(),
                applicant(NAME, ID_NUMBER, "2027-02-22"), f.settlementAccount(), null, f.materials(), NAME, null);

        assertThat(problems(expiring)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("applicant.idValidUntil", "ID_EXPIRING"));
        assertThat(problems(justValid)).isEmpty();
    }

    // --- K3 -------------------------------------------------------------------------------------

    @Test
    void K3_aSettlementCardFailingLuhnIsRefused() {
        assertThat(problems(withCard("6222021234567890127", NAME))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("settlementAccount.cardNumber", "CARD_NUMBER_INVALID"));
    }

    @Test
    void K3_aCreditCardIsNoSettlementCard() {
        assertThat(problems(withCard(CREDIT_CARD, NAME))).extracting(FieldProblem::code).containsExactly("CARD_NOT_DEBIT");
    }

    @Test
    void K3_theCardHolderMustBeTheApplicantByIdName() {
        assertThat(problems(withCard(DEBIT_CARD, "王小红"))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("settlementAccount.holderName", "NAME_MISMATCH"));
    }

    private static ApplicationForm withCard(String card, String holder) {
        ApplicationForm f = personal();
        return form(f.channel(), f.applicantType(), f.merchantName(), f.applicant(),
                new ApplicationForm.Account(null, holder, card, "中国工商银行", null, PHONE), null, f.materials(), NAME, null);
    }

    // --- K6 -------------------------------------------------------------------------------------

    @Test
    void K6_aCreditCodeWithAWrongCheckCharacterIsRefused() {
        assertThat(problems(withLicence("91350100M000100Y44", "2040-01-01", NAME)))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("businessLicence.uscc", "USCC_INVALID"));
    }

    @Test
    void K6_anExpiredLicenceIsRefused() {
        assertThat(problems(withLicence(USCC, "2026-11-21", NAME))).extracting(FieldProblem::code)
                .containsExactly("LICENCE_EXPIRED");
    }

    @Test
    void K6_anIndividualBusinessesLegalRepresentativeIsTheApplicant() {
        assertThat(problems(withLicence(USCC, "2040-01-01", "李大强")))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("businessLicence.legalRepresentative", "NAME_MISMATCH"));
    }

    private static ApplicationForm withLicence(String uscc, String validUntil, String legalRep) {
        ApplicationForm f = individualBusiness();
        return form(f.channel(), f.applicantType(), f.merchantName(), f.applicant(), f.settlementAccount(),
                new ApplicationForm.Licence(uscc, LocalDate.parse(validUntil), legalRep), f.materials(), NAME, null);
    }

    // --- K8 and all at once ---------------------------------------------------------------------

    @Test
    void K8_theAgreementIsSignedWithTheApplicantsIdName() {
        ApplicationForm f = personal();
        ApplicationForm bad = form(f.channel(), f.applicantType(), f.merchantName(), f.applicant(),
                f.settlementAccount(), null, f.materials(), "王小", null);

        assertThat(problems(bad)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("agreement.signedName", "AGREEMENT_NAME_MISMATCH"));
    }

    @Test
    void everyProblemOfAFormIsListedInOneAnswerByDottedPath() {
        ApplicationForm bad = form("ONLINE", "PERSONAL", "便利店", applicant(NAME, "110105199003071238", "2026-12-01"),
                new ApplicationForm.Account(null, "王小红", CREDIT_CARD, "中国工商银行", null, PHONE), null,
                materials("ID_FRONT", "ID_BACK", "FACE_LIVENESS", "BANK_CARD"), "王小", null);

        assertThat(problems(bad)).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("agreement.signedName", "AGREEMENT_NAME_MISMATCH"),
                tuple("applicant.idNumber", "ID_NUMBER_INVALID"),
                tuple("applicant.idValidUntil", "ID_EXPIRING"),
                tuple("materials", "MATERIAL_MISSING"),
                tuple("merchantName", "MERCHANT_NAME_NO_CITY"),
                tuple("merchantName", "MERCHANT_NAME_TOO_SHORT"),
                tuple("settlementAccount.cardNumber", "CARD_NOT_DEBIT"),
                tuple("settlementAccount.holderName", "NAME_MISMATCH"));
    }

    /** Appends the GB 11643 check character to 17 digits. */
    static String withCheck(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
