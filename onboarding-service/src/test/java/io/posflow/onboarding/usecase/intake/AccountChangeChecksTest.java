package io.posflow.onboarding.usecase.intake;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.onboarding.domain.checks.BinTable;
import io.posflow.platform.problem.FieldProblem;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AccountChangeChecksTest {

    private static final String NAME = "王小明";
    private static final String COMPANY = "深圳市南山区小明科技有限公司";
    private static final String NEW_DEBIT_CARD = "6217001234567890122";
    private static final String CREDIT_CARD = "6258071234567896";
    private static final String PHONE = "13800138000";

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private final AccountChangeChecks checks = new AccountChangeChecks(VALIDATION.getValidator(), BinTable.SIMULATION,
            ApplicationFormChecksTest::uploaded, Duration.ofSeconds(10));

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void O10_anotherOwnDebitCardWithItsPhotoPasses() {
        assertThat(checks.problems(card(NAME, NEW_DEBIT_CARD, PHONE, "doc-card"), ApplicantType.PERSONAL, NAME))
                .isEmpty();
        assertThat(checks.problems(card(NAME, NEW_DEBIT_CARD, PHONE, "doc-card"), ApplicantType.INDIVIDUAL_BUSINESS,
                NAME)).isEmpty();
    }

    @Test
    void O10_K3_aCreditCardInAnotherNameWithoutReservedPhoneIsRefusedWithEveryProblem() {
        List<FieldProblem> problems = checks.problems(card("李四", CREDIT_CARD, null, "doc-card"),
                ApplicantType.PERSONAL, NAME);

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("settlementAccount.cardNumber", "CARD_NOT_DEBIT"),
                tuple("settlementAccount.holderName", "NAME_MISMATCH"),
                tuple("settlementAccount.reservedPhone", "INVALID_INPUT"));
        assertThat(problems).extracting(FieldProblem::message).noneMatch(m -> m.contains(CREDIT_CARD) || m.contains("李四"));
    }

    @Test
    void O10_K3_aCardFailingLuhnIsRefused() {
        assertThat(checks.problems(card(NAME, "6217001234567890124", PHONE, "doc-card"), ApplicantType.PERSONAL, NAME))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("settlementAccount.cardNumber", "CARD_NUMBER_INVALID"));
    }

    @Test
    void O10_aCardChangeNeedsAnUploadedBankCardPhoto() {
        assertThat(checks.problems(card(NAME, NEW_DEBIT_CARD, PHONE, "missing"), ApplicantType.PERSONAL, NAME))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("materials[0].documentId", "DOCUMENT_NOT_FOUND"));
        AccountChangeForm withoutPhoto = new AccountChangeForm(card(NAME, NEW_DEBIT_CARD, PHONE, "doc-x")
                .settlementAccount(), List.of(new ApplicationForm.MaterialItem("ID_FRONT", "doc-id")));
        assertThat(checks.problems(withoutPhoto, ApplicantType.PERSONAL, NAME))
                .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
                .containsExactly(tuple("materials", "MATERIAL_MISSING", "Material BANK_CARD is missing."));
    }

    @Test
    void O10_K10_anEnterpriseMovesToACorporateAccountOfTheSameCompanyWithItsPermit() {
        assertThat(checks.problems(corporate(COMPANY, "pdf-permit"), ApplicantType.ENTERPRISE, COMPANY)).isEmpty();
    }

    @Test
    void O10_K10_anEnterpriseCannotMoveToAnotherCompanysAccountOrToACard() {
        assertThat(checks.problems(corporate("深圳市福田区别人贸易有限公司", "pdf-permit"), ApplicantType.ENTERPRISE, COMPANY))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("settlementAccount.holderName", "NAME_MISMATCH"));
        assertThat(checks.problems(card(COMPANY, NEW_DEBIT_CARD, PHONE, "doc-card"), ApplicantType.ENTERPRISE, COMPANY))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                        tuple("materials", "MATERIAL_MISSING"),
                        tuple("settlementAccount.accountType", "INVALID_INPUT"));
    }

    private static AccountChangeForm card(String holder, String number, String phone, String document) {
        return new AccountChangeForm(new ApplicationForm.Account(null, holder, number, "中国农业银行", null, phone),
                List.of(new ApplicationForm.MaterialItem("BANK_CARD", document)));
    }

    private static AccountChangeForm corporate(String holder, String document) {
        return new AccountChangeForm(new ApplicationForm.Account("CORPORATE", holder, "44250100003600005678",
                "中国建设银行", null, null), List.of(new ApplicationForm.MaterialItem("ACCOUNT_PERMIT", document)));
    }
}
