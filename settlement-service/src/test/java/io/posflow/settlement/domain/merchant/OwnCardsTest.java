package io.posflow.settlement.domain.merchant;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.settlement.CashOutRiskReason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** The merchant's own cards, by keyed hash, that make a SALE a possible self-swipe (S7). */
class OwnCardsTest {

    private static final MerchantNo MERCHANT = new MerchantNo("822110054110001");
    private static final MerchantAccountOpened OPENED = new MerchantAccountOpened(MERCHANT, ApplicantType.PERSONAL,
            SettlementSpeed.T1, DeviceModel.ESIGN, new SettlementAccountOnFile(AccountType.PERSONAL_CARD,
                    new SealedValue("王**", "c2VhbGVk", "sim-2026"), new SealedValue("622202*********0123", "c2VhbGVk",
                    "sim-2026"), "中国工商银行", null), Instant.parse("2026-11-22T02:00:00Z"),
            "APP-20261122-0001");

    private AggregateTestFixture<MerchantAccount> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(MerchantAccount.class);
    }

    @Test
    void S7_theDepositSwipesCardIsNotedByItsKeyedHash() {
        fixture.given(OPENED)
                .when(new NoteOwnCard(MERCHANT, "fp-1", CashOutRiskReason.DEPOSIT_CARD_USED))
                .expectEvents(new OwnCardNoted(MERCHANT, "fp-1", CashOutRiskReason.DEPOSIT_CARD_USED));
    }

    @Test
    void S7_aCardIsNotedOnceForEachUseHoweverOftenItIsDelivered() {
        fixture.given(OPENED, new OwnCardNoted(MERCHANT, "fp-1", CashOutRiskReason.DEPOSIT_CARD_USED))
                .when(new NoteOwnCard(MERCHANT, "fp-1", CashOutRiskReason.DEPOSIT_CARD_USED))
                .expectNoEvents();
        fixture.given(OPENED, new OwnCardNoted(MERCHANT, "fp-1", CashOutRiskReason.DEPOSIT_CARD_USED))
                .when(new NoteOwnCard(MERCHANT, "fp-1", CashOutRiskReason.SETTLEMENT_CARD_USED))
                .expectEvents(new OwnCardNoted(MERCHANT, "fp-1", CashOutRiskReason.SETTLEMENT_CARD_USED));
    }
}
