package io.posflow.settlement.domain.merchant;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.SealedValue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MerchantAccountTest {

    private static final MerchantNo MERCHANT = new MerchantNo("822110054110001");
    private static final Instant OPENED_AT = Instant.parse("2026-11-22T02:00:00Z");

    private static final String APPLICATION = "APP-20261122-0001";

    private AggregateTestFixture<MerchantAccount> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(MerchantAccount.class);
    }

    @Test
    void aMerchantOnboardedOpensItsAccountWithTheSettlementAccountSealedAndItsDataSubject() {
        fixture.givenNoPriorActivity()
                .when(open())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MerchantAccountOpened(MERCHANT, ApplicantType.PERSONAL, SettlementSpeed.T1,
                        DeviceModel.ESIGN, anySettlementAccount(), OPENED_AT, APPLICATION));
    }

    @Test
    void aMerchantOnboardedTwiceOpensOneAccount() {
        fixture.given(new MerchantAccountOpened(MERCHANT, ApplicantType.PERSONAL, SettlementSpeed.T1,
                        DeviceModel.ESIGN, anySettlementAccount(), OPENED_AT, APPLICATION))
                .when(open())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void O10_aVerifiedAccountChangeIsScheduledFromItsEffectiveFrom() {
        Instant effectiveFrom = Instant.parse("2026-11-25T16:00:00Z");
        fixture.given(opened())
                .when(new ChangeSettlementAccount(MERCHANT, "change-1", anySettlementAccount(), effectiveFrom))
                .expectEvents(new SettlementAccountChangeScheduled(MERCHANT, "change-1", anySettlementAccount(),
                        effectiveFrom));
    }

    @Test
    void O10_theSameAccountChangeDeliveredAgainIsScheduledOnce() {
        Instant effectiveFrom = Instant.parse("2026-11-25T16:00:00Z");
        fixture.given(opened(), new SettlementAccountChangeScheduled(MERCHANT, "change-1", anySettlementAccount(),
                        effectiveFrom))
                .when(new ChangeSettlementAccount(MERCHANT, "change-1", anySettlementAccount(), effectiveFrom))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static MerchantAccountOpened opened() {
        return new MerchantAccountOpened(MERCHANT, ApplicantType.PERSONAL, SettlementSpeed.T1, DeviceModel.ESIGN,
                anySettlementAccount(), OPENED_AT, APPLICATION);
    }

    @Test
    void aMerchantNumberHasFifteenDigits() {
        assertThatThrownBy(() -> new MerchantNo("82211005411000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MerchantNo("82211005411000X")).isInstanceOf(IllegalArgumentException.class);
    }

    private static OpenMerchantAccount open() {
        return new OpenMerchantAccount(MERCHANT, ApplicantType.PERSONAL, SettlementSpeed.T1, DeviceModel.ESIGN,
                anySettlementAccount(), OPENED_AT, APPLICATION);
    }

    private static SettlementAccountOnFile anySettlementAccount() {
        return new SettlementAccountOnFile(AccountType.PERSONAL_CARD,
                new SealedValue("王**", "c2VhbGVkLWhvbGRlci1uYW1lLWZvci10ZXN0cy1vbmx5", "sim-2026"),
                new SealedValue("622202*********0123", "c2VhbGVkLWNhcmQtbnVtYmVyLWZvci10ZXN0cy1vbmx5", "sim-2026"),
                "中国工商银行", null);
    }
}
