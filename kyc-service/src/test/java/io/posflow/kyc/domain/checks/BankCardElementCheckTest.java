package io.posflow.kyc.domain.checks;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.kyc.Dossiers;
import io.posflow.kyc.adapter.provider.SimulatedProviders;
import io.posflow.kyc.domain.kyccase.Finding;
import io.posflow.kyc.domain.kyccase.SealedField;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.posflow.kyc.Dossiers.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankCardElementCheckTest {

    private final SimulatedProviders simulators = new SimulatedProviders(Duration.ofSeconds(5));
    private final List<BankCardElements> sent = new ArrayList<>();
    private final BankCardElementCheck check = new BankCardElementCheck(elements -> {
        sent.add(elements);
        return simulators.bankCardElements().verify(elements);
    }, Dossiers.SEALING);

    @Test
    void K4_aPersonalCardTheBankConfirmsPasses() {
        assertThat(check.check(anApplication().build())).isEmpty();
    }

    @Test
    void K4_theBankIsSentTheClearHolderNameIdNumberCardNumberAndReservedPhoneButTheirTextShowsThemMasked() {
        check.check(anApplication().build());

        assertThat(sent).containsExactly(new BankCardElements(Dossiers.NAME, Dossiers.ID_NUMBER,
                Dossiers.CARD_NUMBER, Dossiers.PHONE));
        assertThat(sent.get(0).toString()).doesNotContain(Dossiers.ID_NUMBER, Dossiers.CARD_NUMBER, Dossiers.PHONE,
                Dossiers.NAME);
    }

    @Test
    void K4_aPhoneEnding0002FailsWithBankElementsMismatch() {
        assertThat(check.check(anApplication().phone("13800130002").build())).containsExactly(Finding.fail(
                ReasonCode.BANK_ELEMENTS_MISMATCH, "The bank did not confirm the settlement card's holder name,"
                        + " ID number, card number and reserved phone."));
    }

    @Test
    void K4_aRegisteredPhoneOtherThanTheBankReservedOneFailsWithPhoneNotReserved() {
        assertThat(check.check(anApplication().with(SealedField.APPLICANT_PHONE, "13900139000").build()))
                .containsExactly(Finding.fail(ReasonCode.PHONE_NOT_RESERVED, "The registered phone applicant.phone"
                        + " is not the phone reserved at the bank (settlementAccount.reservedPhone)."));
    }

    @Test
    void K4_O7_anInconclusiveAnswerIsReferredNotFailed() {
        assertThat(check.check(anApplication().phone("13800130004").build())).containsExactly(Finding.refer(
                ReasonCode.BANK_ELEMENTS_MISMATCH, "The bank-card element check was inconclusive."));
    }

    @Test
    void K4_anIndividualBusinessCardIsCheckedToo() {
        assertThat(check.check(anApplication().type(ApplicantType.INDIVIDUAL_BUSINESS).phone("13800130002").build()))
                .extracting(f -> f.reason().code()).containsExactly(ReasonCode.BANK_ELEMENTS_MISMATCH);
    }

    @Test
    void K4_K10_anEnterpriseCorporateAccountIsNotSentToTheBankCardCheck() {
        assertThat(check.check(anApplication().type(ApplicantType.ENTERPRISE).corporateAccount().build())).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void K4_aMissingElementIsLeftToTheWellFormednessCheck() {
        assertThat(check.check(anApplication().without(SealedField.RESERVED_PHONE).build())).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void K4_aBankThatGivesNoAnswerMakesTheCheckThrowNeverFind() {
        simulators.provider(BankCardElementVerifier.PROVIDER).orElseThrow().setAvailable(false);

        assertThatThrownBy(() -> check.check(anApplication().build()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageNotContaining(Dossiers.PHONE);
    }
}
