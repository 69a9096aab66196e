package io.posflow.onboarding.domain.merchant;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MerchantAccountChangeTest {

    private static final MerchantNo MERCHANT_NO = new MerchantNo("484110054110001");
    private static final String APPLICATION_ID = "0b6e2f36-1c1f-4c57-9d1b-8a4c2b9d7e11";
    private static final AccountChangeId CHANGE = new AccountChangeId("5d1f0e1c-7a53-4d2b-9a77-2c0c6b1f8e01");
    private static final AccountChangeId OTHER_CHANGE = new AccountChangeId("7c2e4b11-0d8f-4f5e-8f0a-3f3b9e2a1c02");
    private static final Instant ONBOARDED_AT = Instant.parse("2026-11-22T02:20:00Z");
    private static final Instant REQUESTED_AT = Instant.parse("2026-11-25T03:00:00Z");
    private static final SealedValueCodec SEALING = new SealedValueCodec(Map.of("test", new byte[32]), "test");
    private static final SealedValue PHONE = SEALING.seal("13800138000", Mask.PHONE);
    private static final List<AccountChangeMaterial> CARD_PHOTO = List.of(new AccountChangeMaterial(
            MaterialKind.BANK_CARD, "doc-card", "0".repeat(64), "image/jpeg", "card.jpg"));

    private FixtureConfiguration<Merchant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Merchant.class);
        fixture.registerInjectableResource(BusinessDay.SHANGHAI);
    }

    @Test
    void O10_aPersonalMerchantRequestsAChangeToAnotherOwnCardWithItsApplication() {
        SettlementAccount card = card("6217001234567890123");
        fixture.given(onboarded(ApplicantType.PERSONAL, card("6222021234567890128")))
                .when(new RequestSettlementAccountChange(MERCHANT_NO, CHANGE, card, CARD_PHOTO, REQUESTED_AT))
                .expectEvents(new SettlementAccountChangeRequested(MERCHANT_NO, CHANGE, APPLICATION_ID,
                        ApplicantType.PERSONAL, card, CARD_PHOTO, REQUESTED_AT));
    }

    @Test
    void O10_theSameChangeRequestedAgainChangesNothing() {
        SettlementAccount card = card("6217001234567890123");
        fixture.given(onboarded(ApplicantType.PERSONAL, card("6222021234567890128")), requested(CHANGE, card))
                .when(new RequestSettlementAccountChange(MERCHANT_NO, CHANGE, card, CARD_PHOTO, REQUESTED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void O10_aSecondChangeWhileOneIsBeingVerifiedIsRefused() {
        fixture.given(onboarded(ApplicantType.PERSONAL, card("6222021234567890128")),
                        requested(CHANGE, card("6217001234567890123")))
                .when(new RequestSettlementAccountChange(MERCHANT_NO, OTHER_CHANGE, card("6217009876543210987"),
                        CARD_PHOTO, REQUESTED_AT))
                .expectException(AccountChangeConflictException.class)
                .expectNoEvents();
    }

    @Test
    void O10_afterAFailedChangeTheMerchantMayRequestAgain() {
        SettlementAccount card = card("6217009876543210987");
        fixture.given(onboarded(ApplicantType.PERSONAL, card("6222021234567890128")),
                        requested(CHANGE, card("6217001234567890123")),
                        new SettlementAccountChangeFailed(MERCHANT_NO, CHANGE,
                                List.of(Reason.of(ReasonCode.BANK_ELEMENTS_MISMATCH)), REQUESTED_AT))
                .when(new RequestSettlementAccountChange(MERCHANT_NO, OTHER_CHANGE, card, CARD_PHOTO, REQUESTED_AT))
                .expectEvents(new SettlementAccountChangeRequested(MERCHANT_NO, OTHER_CHANGE, APPLICATION_ID,
                        ApplicantType.PERSONAL, card, CARD_PHOTO, REQUESTED_AT));
    }

    @Test
    void O10_anEnterpriseMovesOnlyToACorporateAccount() {
        fixture.given(onboarded(ApplicantType.ENTERPRISE, corporate("44250100003600001234")))
                .when(new RequestSettlementAccountChange(MERCHANT_NO, CHANGE, card("6217001234567890123"),
                        CARD_PHOTO, REQUESTED_AT))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void O10_aVerifiedChangeTakesEffectFromTheNextShanghaiMidnight() {
        SettlementAccount card = card("6217001234567890123");
        // 2026-11-25T15:59:59Z is 23:59:59 in Shanghai: effective one second later, at Shanghai midnight.
        Instant verifiedAt = Instant.parse("2026-11-25T15:59:59Z");
        fixture.given(onboarded(ApplicantType.PERSONAL, card("6222021234567890128")), requested(CHANGE, card))
                .when(new VerifySettlementAccountChange(MERCHANT_NO, CHANGE, verifiedAt))
                .expectEvents(new SettlementAccountChangeVerified(MERCHANT_NO, CHANGE, card, verifiedAt,
                        Instant.parse("2026-11-25T16:00:00Z")));
    }

    @Test
    void O10_aVerdictJustAfterShanghaiMidnightTakesEffectTheFollowingMidnight() {
        assertThat(BusinessDay.SHANGHAI.nextStartAfter(Instant.parse("2026-11-25T16:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-26T16:00:00Z"));
        assertThat(BusinessDay.SHANGHAI.nextStartAfter(Instant.parse("2026-11-25T03:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
    }

    @Test
    void O10_theSameVerdictDeliveredTwiceVerifiesOnce() {
        SettlementAccount card = card("6217001234567890123");
        Instant verifiedAt = Instant.parse("2026-11-25T04:00:00Z");
        fixture.given(onboarded(ApplicantType.PERSONAL, card("6222021234567890128")), requested(CHANGE, card),
                        new SettlementAccountChangeVerified(MERCHANT_NO, CHANGE, card, verifiedAt,
                                Instant.parse("2026-11-25T16:00:00Z")))
                .when(new VerifySettlementAccountChange(MERCHANT_NO, CHANGE, verifiedAt.plusSeconds(60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void O10_aFailedVerificationFailsTheChangeWithItsReasons() {
        List<Reason> reasons = List.of(Reason.of(ReasonCode.BANK_ELEMENTS_MISMATCH));
        fixture.given(onboarded(ApplicantType.PERSONAL, card("6222021234567890128")),
                        requested(CHANGE, card("6217001234567890123")))
                .when(new FailSettlementAccountChange(MERCHANT_NO, CHANGE, reasons, REQUESTED_AT))
                .expectEvents(new SettlementAccountChangeFailed(MERCHANT_NO, CHANGE, reasons, REQUESTED_AT));
    }

    @Test
    void K10_aCorporateChangeTakesTheMerchantsMicroDepositAnswer() {
        fixture.given(onboarded(ApplicantType.ENTERPRISE, corporate("44250100003600001234")),
                        requested(CHANGE, corporate("44250100003600005678")))
                .when(new AnswerAccountChangeMicroDeposit(MERCHANT_NO, CHANGE, 37, REQUESTED_AT))
                .expectEvents(new AccountChangeMicroDepositAnswered(MERCHANT_NO, CHANGE, 37, REQUESTED_AT));
    }

    @Test
    void K10_aCardChangeTakesNoMicroDepositAnswer() {
        fixture.given(onboarded(ApplicantType.PERSONAL, card("6222021234567890128")),
                        requested(CHANGE, card("6217001234567890123")))
                .when(new AnswerAccountChangeMicroDeposit(MERCHANT_NO, CHANGE, 37, REQUESTED_AT))
                .expectException(AccountChangeConflictException.class);
    }

    private static MerchantOnboarded onboarded(ApplicantType type, SettlementAccount account) {
        return new MerchantOnboarded(MERCHANT_NO, APPLICATION_ID, type, "北京市朝阳区老王便利店", new Mcc("5411"),
                DeviceModel.ESIGN, SettlementSpeed.T1, "LKLE100000000001", PHONE, account,
                new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"), ONBOARDED_AT);
    }

    private static SettlementAccountChangeRequested requested(AccountChangeId change, SettlementAccount account) {
        return new SettlementAccountChangeRequested(MERCHANT_NO, change, APPLICATION_ID,
                account.accountType() == AccountType.CORPORATE ? ApplicantType.ENTERPRISE : ApplicantType.PERSONAL,
                account, CARD_PHOTO, REQUESTED_AT);
    }

    private static SettlementAccount card(String number) {
        return new SettlementAccount(AccountType.PERSONAL_CARD, SEALING.seal("王小明", Mask.NAME),
                SEALING.seal(number, Mask.CARD_NUMBER), "中国工商银行", null, PHONE);
    }

    private static SettlementAccount corporate(String number) {
        return new SettlementAccount(AccountType.CORPORATE, SEALING.seal("深圳市南山区小明科技有限公司", Mask.NAME),
                SEALING.seal(number, Mask.CARD_NUMBER), "中国建设银行", null, null);
    }
}
