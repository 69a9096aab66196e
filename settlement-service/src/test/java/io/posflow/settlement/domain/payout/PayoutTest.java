package io.posflow.settlement.domain.payout;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.merchant.SettlementAccountOnFile;
import io.posflow.settlement.domain.transaction.SerialNumber;
import io.posflow.settlement.domain.transaction.TransactionId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        fixture.registerInjectableResource(BusinessDay.SHANGHAI);
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

    @Test
    void S6_anAttemptWhileTheBankIsUnreachableIsAVisibleFailureAndStaysToBeRetried() {
        bank.unavailable = true;
        fixture.given(requested())
                .when(new AttemptPayout(PAYOUT, ATTEMPTED_AT))
                .expectEvents(new PayoutFailed(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL,
                        Money.ofFen(9_900), PAID_ON, "BANK_UNAVAILABLE", 1, ATTEMPTED_AT))
                .expectResultMessagePayload(new PayoutProgress(PayoutStatus.REQUESTED, 1));
    }

    @Test
    void S6_DESIGN4_aPayoutToACryptoShreddedPayeeIsHeldAsAVisibleFailureAndNeverRetried() {
        bank.shredded = true;
        fixture.given(requested())
                .when(new AttemptPayout(PAYOUT, ATTEMPTED_AT))
                .expectEvents(new PayoutFailed(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL,
                        Money.ofFen(9_900), PAID_ON, "PAYEE_SHREDDED", 1, ATTEMPTED_AT))
                .expectResultMessagePayload(new PayoutProgress(PayoutStatus.HELD, 1));
    }

    @Test
    void S6_DESIGN4_aHeldPayoutIsNotSentToTheBankAgain() {
        fixture.given(requested(), new PayoutFailed(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL,
                        Money.ofFen(9_900), PAID_ON, "PAYEE_SHREDDED", 1, ATTEMPTED_AT))
                .when(new AttemptPayout(PAYOUT, ATTEMPTED_AT.plusSeconds(3_600)))
                .expectNoEvents()
                .expectResultMessagePayload(new PayoutProgress(PayoutStatus.HELD, 1));
        assertThat(bank.instructions).isEmpty();
    }

    @Test
    void S6_aSettlementPayoutBelongsToItsRunDateWhenItIsPaidLater() {
        LocalDate runDate = LocalDate.parse("2026-11-20");
        PayoutId payoutId = PayoutId.settlement(MERCHANT, runDate);
        fixture.given(new PayoutRequested(payoutId, MERCHANT, PayoutPurpose.SETTLEMENT, null, Money.ofFen(989_200),
                        anyPayee(), REQUESTED_AT, runDate))
                .when(new AttemptPayout(payoutId, ATTEMPTED_AT))
                .expectEvents(new PayoutCompleted(payoutId, MERCHANT, PayoutPurpose.SETTLEMENT, null,
                        Money.ofFen(989_200), runDate, ATTEMPTED_AT));
    }

    @Test
    void S6_aSettlementPayoutIsNamedAfterItsMerchantAndRunDate() {
        assertThat(PayoutId.settlement(MERCHANT, LocalDate.parse("2026-11-23")).value())
                .isEqualTo("SETTLEMENT:822110054110001:2026-11-23");
    }

    @Test
    void S6_aT0PayoutIsNamedAfterItsTransactionAndStaysWithinTheIdLengthForLongTransactionIds() {
        assertThat(PayoutId.settlementT0(MERCHANT, new TransactionId("tx-1")).value())
                .isEqualTo("SETTLEMENT:822110054110001:T0:tx-1");
        TransactionId longId = new TransactionId("x".repeat(100));
        PayoutId hashed = PayoutId.settlementT0(MERCHANT, longId);
        assertThat(hashed.value()).startsWith("SETTLEMENT:822110054110001:T0:sha256-").hasSizeLessThanOrEqualTo(100);
        assertThat(PayoutId.settlementT0(MERCHANT, longId)).isEqualTo(hashed);
    }

    @Test
    void S6_aSettlementPayoutNamesItsSettlementDateAndPaysAPositiveAmount() {
        assertThatThrownBy(() -> new RequestPayout(PayoutId.settlement(MERCHANT, PAID_ON), MERCHANT,
                PayoutPurpose.SETTLEMENT, null, Money.ofFen(1), anyPayee(), REQUESTED_AT, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestPayout(PayoutId.settlement(MERCHANT, PAID_ON), MERCHANT,
                PayoutPurpose.SETTLEMENT, null, Money.ZERO, anyPayee(), REQUESTED_AT, PAID_ON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RequestPayout request() {
        return new RequestPayout(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL, Money.ofFen(9_900),
                anyPayee(), REQUESTED_AT);
    }

    private static PayoutRequested requested() {
        return new PayoutRequested(PAYOUT, MERCHANT, PayoutPurpose.DEPOSIT_REFUND, SERIAL, Money.ofFen(9_900),
                anyPayee(), REQUESTED_AT, null);
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
        boolean unavailable;
        boolean shredded;

        @Override
        public BankPayoutResult pay(PayoutInstruction instruction) {
            if (shredded) {
                return BankPayoutResult.payeeShredded();
            }
            instructions.add(instruction);
            if (unavailable) {
                return BankPayoutResult.unavailable("BANK_UNAVAILABLE");
            }
            return refuse ? BankPayoutResult.refused("ACCOUNT_REJECTED") : BankPayoutResult.paid();
        }
    }
}
