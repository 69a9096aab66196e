package io.posflow.settlement.payout;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.settlement.merchant.MerchantNo;
import io.posflow.settlement.merchant.SettlementAccountOnFile;
import io.posflow.settlement.money.Money;
import io.posflow.settlement.transaction.SerialNumber;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PayoutTest {

    private static final SerialNumber SERIAL = new SerialNumber("LKLE100000000001");
    private static final PayoutId PAYOUT = PayoutId.depositRefund(SERIAL);
    private static final MerchantNo MERCHANT = new MerchantNo("822110054110001");
    private static final Instant REQUESTED_AT = Instant.parse("2026-11-22T02:00:00Z");
    private static final Instant ATTEMPTED_AT = Instant.parse("2026-11-22T02:00:01Z");
    private static final LocalDate PAID_ON = LocalDate.parse("2026-11-22");

    private final RecordingBank bank = new RecordingBank();
    private AggregateTestFixture<Payout> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Payout.class);
        fixture.registerInjectableResource(bank);
    }

    @Test
    void S6_aDepositRefundIsRequestedAsPayoutNamedAfterItsTerminal() {
        assertThat(PAYOUT.value()).isEqualTo("DEPOSIT_REFUND:LKLE100000000001");
        fixture.givenNoPriorActivity()
                .when(request())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(requested());
    }

    @Test
    void S6_aPayoutRequestedTwiceIsRequestedOnce() {
        fixture.given(requested())
                .when(request())
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void S6_thePayoutIsCompletedWhenTheBankPaysIt() {
        fixture.given(requested())
                .when(new AttemptPayout(PAYOUT, ATTEMPTED_AT))
                .expectEvents(new PayoutCompleted(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL,
                        Money.ofFen(9_900), PAID_ON, ATTEMPTED_AT))
                .expectResultMessagePayload(new PayoutProgress(PayoutStatus.COMPLETED, 0));
        assertThat(bank.instructions).extracting(PayoutInstruction::payoutId).containsExactly(PAYOUT);
    }

    @Test
    void S6_aRefusedPayoutIsVisibleAndStaysToBeRetried() {
        bank.refuse = true;
        fixture.given(requested(), new PayoutFailed(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL,
                        Money.ofFen(9_900), PAID_ON, "ACCOUNT_REJECTED", 1, REQUESTED_AT))
                .when(new AttemptPayout(PAYOUT, ATTEMPTED_AT))
                .expectEvents(new PayoutFailed(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL,
                        Money.ofFen(9_900), PAID_ON, "ACCOUNT_REJECTED", 2, ATTEMPTED_AT))
                .expectResultMessagePayload(new PayoutProgress(PayoutStatus.REQUESTED, 2));
    }

    @Test
    void S6_aCompletedPayoutIsNeverSentToTheBankAgain() {
        fixture.given(requested(), new PayoutCompleted(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL,
                        Money.ofFen(9_900), PAID_ON, ATTEMPTED_AT))
                .when(new AttemptPayout(PAYOUT, ATTEMPTED_AT.plusSeconds(60)))
                .expectNoEvents()
                .expectResultMessagePayload(new PayoutProgress(PayoutStatus.COMPLETED, 0));
        assertThat(bank.instructions).isEmpty();
    }

    private static RequestPayout request() {
        return new RequestPayout(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL, Money.ofFen(9_900),
                anyPayee(), REQUESTED_AT);
    }

    private static PayoutRequested requested() {
        return new PayoutRequested(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL, Money.ofFen(9_900),
                anyPayee(), REQUESTED_AT);
    }

    private static SettlementAccountOnFile anyPayee() {
        return new SettlementAccountOnFile(AccountType.PERSONAL_CARD,
                new SealedValue("王**", "c2VhbGVkLWhvbGRlci1uYW1lLWZvci10ZXN0cy1vbmx5", "sim-2026"),
                new SealedValue("622202*********0123", "c2VhbGVkLWNhcmQtbnVtYmVyLWZvci10ZXN0cy1vbmx5", "sim-2026"),
                "中国工商银行", null);
    }

    private static final class RecordingBank implements BankPayouts {
        final List<PayoutInstruction> instructions = new ArrayList<>();
        boolean refuse;

        @Override
        public BankPayoutResult pay(PayoutInstruction instruction) {
            instructions.add(instruction);
            return refuse ? BankPayoutResult.refused("ACCOUNT_REJECTED") : BankPayoutResult.paid();
        }
    }
}
