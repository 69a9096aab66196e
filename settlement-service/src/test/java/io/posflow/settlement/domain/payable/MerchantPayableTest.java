package io.posflow.settlement.domain.payable;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.payout.PayoutId;
import io.posflow.settlement.domain.transaction.SerialNumber;
import io.posflow.settlement.domain.transaction.TransactionId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class MerchantPayableTest {

    private static final MerchantNo MERCHANT = new MerchantNo("822110054110001");
    private static final MerchantPayableId PAYABLE = MerchantPayableId.of(MERCHANT);
    private static final SerialNumber SERIAL = new SerialNumber("LKLE100000000001");
    private static final Instant ACTIVATED_AT = Instant.parse("2026-11-22T02:00:00Z");
    private static final DataCardFeeYear FIRST_YEAR = new DataCardFeeYear(ACTIVATED_AT, 0, BusinessDay.SHANGHAI);
    private static final Money FEE = Money.ofFen(4_800);
    private static final LocalDate RUN_DATE = LocalDate.parse("2026-11-24");
    private static final PayoutId RUN_PAYOUT = PayoutId.settlement(MERCHANT, RUN_DATE);
    private static final List<TransactionId> TRANSACTIONS = List.of(new TransactionId("tx-1"),
            new TransactionId("tx-2"));
    private static final Instant NOW = Instant.parse("2026-11-23T18:00:01Z");

    private AggregateTestFixture<MerchantPayable> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(MerchantPayable.class);
    }

    @Test
    void S4_theDataCardFeeIsChargedAtActivationForTheYearThatStarts() {
        fixture.givenNoPriorActivity()
                .when(new ChargeDataCardFee(PAYABLE, MERCHANT, SERIAL, FIRST_YEAR, FEE, ACTIVATED_AT))
                .expectResultMessagePayload(true)
                .expectEvents(new ServiceFeeCharged(PAYABLE, MERCHANT, SERIAL, FEE, LocalDate.parse("2026-11-22"),
                        LocalDate.parse("2027-11-21"), ACTIVATED_AT));
    }

    @Test
    void S4_aYearAlreadyChargedIsNotChargedAgain() {
        fixture.given(charged(FIRST_YEAR))
                .when(new ChargeDataCardFee(PAYABLE, MERCHANT, SERIAL, FIRST_YEAR, FEE, NOW))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void S4_theAnniversaryChargesTheNextYear() {
        DataCardFeeYear second = FIRST_YEAR.next();
        fixture.given(charged(FIRST_YEAR))
                .when(new ChargeDataCardFee(PAYABLE, MERCHANT, SERIAL, second, FEE, NOW))
                .expectResultMessagePayload(true)
                .expectEvents(new ServiceFeeCharged(PAYABLE, MERCHANT, SERIAL, FEE, LocalDate.parse("2027-11-22"),
                        LocalDate.parse("2028-11-21"), NOW));
    }

    @Test
    void S4_theFeeIsDeductedFromTheNextSettlementPayout() {
        fixture.given(charged(FIRST_YEAR))
                .when(determine(RUN_PAYOUT, 994_000))
                .expectResultMessagePayload(new PayoutDeduction(FEE, Money.ofFen(989_200), Money.ZERO))
                .expectEvents(determined(RUN_PAYOUT, 994_000, 4_800, 989_200, 0));
    }

    @Test
    void S4_aFeeDeductedOnceIsNotDeductedFromTheFollowingPayout() {
        PayoutId nextDay = PayoutId.settlement(MERCHANT, RUN_DATE.plusDays(1));
        fixture.given(charged(FIRST_YEAR), determined(RUN_PAYOUT, 994_000, 4_800, 989_200, 0))
                .when(determine(nextDay, 10_000))
                .expectResultMessagePayload(new PayoutDeduction(Money.ZERO, Money.ofFen(10_000), Money.ZERO));
    }

    @Test
    void S4_feesAboveTheNetAreCarriedToTheNextPayoutWhichNeverGoesBelowZero() {
        PayoutId nextDay = PayoutId.settlement(MERCHANT, RUN_DATE.plusDays(1));
        fixture.given(charged(FIRST_YEAR), determined(RUN_PAYOUT, 3_000, 3_000, 0, 1_800))
                .when(determine(nextDay, 10_000))
                .expectResultMessagePayload(new PayoutDeduction(Money.ofFen(1_800), Money.ofFen(8_200), Money.ZERO))
                .expectEvents(determined(nextDay, 10_000, 1_800, 8_200, 0));
    }

    @Test
    void S6_thePayoutOfARunDecidedTwiceAnswersTheFirstDecisionAndDeductsNothingMore() {
        fixture.given(charged(FIRST_YEAR), determined(RUN_PAYOUT, 994_000, 4_800, 989_200, 0))
                .when(determine(RUN_PAYOUT, 994_000))
                .expectResultMessagePayload(new PayoutDeduction(FEE, Money.ofFen(989_200), Money.ZERO))
                .expectNoEvents();
    }

    @Test
    void S6_aMerchantWithoutFeesIsPaidItsWholeNet() {
        fixture.givenNoPriorActivity()
                .when(determine(RUN_PAYOUT, 994_000))
                .expectResultMessagePayload(new PayoutDeduction(Money.ZERO, Money.ofFen(994_000), Money.ZERO))
                .expectEvents(determined(RUN_PAYOUT, 994_000, 0, 994_000, 0));
    }

    private static ServiceFeeCharged charged(DataCardFeeYear year) {
        return new ServiceFeeCharged(PAYABLE, MERCHANT, SERIAL, FEE, year.periodStart(), year.periodEnd(),
                year.dueAt());
    }

    private static DetermineSettlementPayout determine(PayoutId payoutId, long netFen) {
        return new DetermineSettlementPayout(PAYABLE, MERCHANT, payoutId, RUN_DATE, TRANSACTIONS,
                Money.ofFen(netFen), NOW);
    }

    private static SettlementPayoutDetermined determined(PayoutId payoutId, long net, long deducted, long payable,
                                                         long carried) {
        return new SettlementPayoutDetermined(PAYABLE, MERCHANT, payoutId, RUN_DATE, TRANSACTIONS, Money.ofFen(net),
                Money.ofFen(deducted), Money.ofFen(payable), Money.ofFen(carried), NOW);
    }
}
