package io.posflow.settlement.readmodel.state;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.settlement.domain.merchant.SettlementAccountOnFile;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class KnownMerchantPayeeTest {

    private static final Instant OPENED_AT = Instant.parse("2026-11-22T02:00:00Z");
    private static final Instant MIDNIGHT_26 = Instant.parse("2026-11-25T16:00:00Z");
    private static final Instant MIDNIGHT_27 = Instant.parse("2026-11-26T16:00:00Z");

    @Test
    void O10_beforeEffectiveFromTheOldAccountIsPaidAndFromItOnTheNewOne() {
        KnownMerchant merchant = opened(account("0123"));
        merchant.accountChanged(account("4567"), MIDNIGHT_26, 1);

        assertThat(merchant.payee(MIDNIGHT_26.minusSeconds(1)).cardNumber().masked()).endsWith("0123");
        assertThat(merchant.payee(MIDNIGHT_26).cardNumber().masked()).endsWith("4567");
    }

    @Test
    void O10_aChangeVerifiedTheSameDayAsAPendingOneReplacesIt() {
        KnownMerchant merchant = opened(account("0123"));
        merchant.accountChanged(account("4567"), MIDNIGHT_26, 1);
        merchant.accountChanged(account("8901"), MIDNIGHT_26, 2);

        assertThat(merchant.payee(MIDNIGHT_26.minusSeconds(1)).cardNumber().masked()).endsWith("0123");
        assertThat(merchant.payee(MIDNIGHT_26).cardNumber().masked()).endsWith("8901");
    }

    @Test
    void O10_aLaterChangeKeepsTheEarlierOneUntilItsOwnEffectiveFrom() {
        KnownMerchant merchant = opened(account("0123"));
        merchant.accountChanged(account("4567"), MIDNIGHT_26, 1);
        merchant.accountChanged(account("8901"), MIDNIGHT_27, 2);

        assertThat(merchant.payee(MIDNIGHT_27.minusSeconds(1)).cardNumber().masked()).endsWith("4567");
        assertThat(merchant.payee(MIDNIGHT_27).cardNumber().masked()).endsWith("8901");
    }

    private static KnownMerchant opened(SettlementAccountOnFile account) {
        KnownMerchant merchant = new KnownMerchant("822110054110001");
        merchant.opened(ApplicantType.PERSONAL, SettlementSpeed.T1, DeviceModel.ESIGN, account, OPENED_AT,
                "APP-20261122-0001", 0);
        return merchant;
    }

    private static SettlementAccountOnFile account(String last4) {
        return new SettlementAccountOnFile(AccountType.PERSONAL_CARD,
                new SealedValue("王**", "c2VhbGVkLWhvbGRlcg==", "sim-2026"),
                new SealedValue("622202*********" + last4, "c2VhbGVkLWNhcmQ=", "sim-2026"), "中国工商银行", null);
    }
}
