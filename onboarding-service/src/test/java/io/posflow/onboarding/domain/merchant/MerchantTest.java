package io.posflow.onboarding.domain.merchant;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

class MerchantTest {

    private static final MerchantNo MERCHANT_NO = new MerchantNo("484110054110001");
    private static final Instant APPROVED_AT = Instant.parse("2026-11-22T02:20:00Z");
    private static final SealedValueCodec SEALING = new SealedValueCodec(Map.of("test", new byte[32]), "test");

    private FixtureConfiguration<Merchant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Merchant.class);
        fixture.registerInjectableResource(BusinessDay.SHANGHAI);
    }

    @Test
    void O9_anApprovedApplicationOnboardsItsMerchantUnderTheMerchantNumber() {
        OnboardMerchant command = anyOnboarding();
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(onboarded(command));
    }

    @Test
    void onboardingTheSameMerchantAgainChangesNothing() {
        OnboardMerchant command = anyOnboarding();
        fixture.given(onboarded(command))
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static OnboardMerchant anyOnboarding() {
        SealedValue phone = SEALING.seal("13800138000", Mask.PHONE);
        return new OnboardMerchant(MERCHANT_NO, "0b6e2f36-1c1f-4c57-9d1b-8a4c2b9d7e11", ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", new Mcc("5411"), DeviceModel.ESIGN, SettlementSpeed.T1, "LKLE100000000001", phone,
                new SettlementAccount(AccountType.PERSONAL_CARD, SEALING.seal("王小明", Mask.NAME),
                        SEALING.seal("6222021234567890128", Mask.CARD_NUMBER), "中国工商银行", null, phone),
                new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"), APPROVED_AT);
    }

    private static MerchantOnboarded onboarded(OnboardMerchant c) {
        return new MerchantOnboarded(c.merchantNo(), c.applicationId(), c.applicantType(), c.merchantName(), c.mcc(),
                c.deviceModel(), c.settlementSpeed(), c.terminalSerialNumber(), c.phone(), c.settlementAccount(),
                c.businessAddress(), c.onboardedAt());
    }
}
