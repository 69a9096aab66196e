package io.posflow.deposit.domain.deposit;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DepositTest {

    private static final SerialNumber SERIAL = new SerialNumber("LKLE100000000001");
    private static final String MERCHANT = "822110054110001";
    private static final String DEPOSIT_SWIPE = "deposit-swipe-1";
    private static final Instant CAPTURED_AT = Instant.parse("2026-11-22T03:00:00Z");
    private static final Instant OPENED_AT = Instant.parse("2026-11-22T03:00:05Z");
    private static final Instant WINDOW_END = CAPTURED_AT.plus(Duration.ofHours(60 * 24));
    private static final long TARGET_FEN = 10_000_000;
    /** 2027-01-21T03:00Z is 11:00 in Shanghai: the window ends on business date 2027-01-21. */
    private static final LocalDate WINDOW_END_DATE = LocalDate.parse("2027-01-21");
    private static final Instant RECORDED_AT = CAPTURED_AT.plus(Duration.ofDays(10));
    private static final String PAYOUT = "payout-1";
    private static final SerialNumber NEW_SERIAL = new SerialNumber("LKLE100000000002");
    private static final Instant REPLACED_AT = CAPTURED_AT.plus(Duration.ofDays(3));
    private static final Instant AFTER_WINDOW = WINDOW_END.plus(Duration.ofDays(1));

    private FixtureConfiguration<Deposit> fixture;

    @BeforeEach
    void fixture() {
        fixture = fixtureWith(RefundMode.AUTOMATIC);
    }

    private static FixtureConfiguration<Deposit> fixtureWith(RefundMode refundMode) {
        return fixtureWith(DepositPolicy.of(9_900, 60, TARGET_FEN, Qualifying.ALL_SALES, refundMode));
    }

    private static FixtureConfiguration<Deposit> fixtureWith(DepositPolicy esign) {
        FixtureConfiguration<Deposit> fixture = new AggregateTestFixture<>(Deposit.class);
        fixture.registerInjectableResource(BusinessDay.SHANGHAI);
        fixture.registerInjectableResource(new DepositPolicies(Map.of(DeviceModel.ESIGN, esign,
                DeviceModel.SMART, DepositPolicy.of(29_900, 90, 5_000_000, Qualifying.CREDIT_ONLY,
                        RefundMode.ON_REQUEST))));
        return fixture;
    }

    @Test
    void D1_theWindowEndsSixtyTimesTwentyFourHoursAfterTheDepositSwipe() {
        fixture.givenNoPriorActivity()
                .when(openDeposit(DeviceModel.ESIGN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DepositOpened(SERIAL.value(), DEPOSIT_SWIPE, MERCHANT, DeviceModel.ESIGN, 9_900,
                        CAPTURED_AT, Instant.parse("2027-01-21T03:00:00Z"), TARGET_FEN, Qualifying.ALL_SALES,
                        RefundMode.AUTOMATIC, OPENED_AT));
    }

    @Test
    void D1_D2_D3_theTermsComeFromTheDeviceModelsPolicy() {
        fixture.givenNoPriorActivity()
                .when(openDeposit(DeviceModel.SMART))
                .expectEvents(new DepositOpened(SERIAL.value(), DEPOSIT_SWIPE, MERCHANT, DeviceModel.SMART, 9_900,
                        CAPTURED_AT, CAPTURED_AT.plus(Duration.ofHours(90 * 24)), 5_000_000, Qualifying.CREDIT_ONLY,
                        RefundMode.ON_REQUEST, OPENED_AT));
    }

    @Test
    void D1_aDepositCollectedAgainOpensNothingNew() {
        fixture.given(opened())
                .when(openDeposit(DeviceModel.ESIGN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D1_aDepositOpenedBeforePoliciesHadTermsIsReadAsAllSalesAndAutomatic() {
        DepositOpened old = new DepositOpened(SERIAL.value(), DEPOSIT_SWIPE, MERCHANT, DeviceModel.ESIGN, 9_900,
                CAPTURED_AT, WINDOW_END, TARGET_FEN, null, null, OPENED_AT);
        assertThat(old.qualifyingOrDefault()).isEqualTo(Qualifying.ALL_SALES);
        assertThat(old.refundModeOrDefault()).isEqualTo(RefundMode.AUTOMATIC);
        fixture.given(old)
                .when(reach(TARGET_FEN))
                .expectEvents(reached(TARGET_FEN), refundTriggered(TARGET_FEN));
    }

    @Test
    void D3_reachingTheTargetTriggersTheRefundAtOnce() {
        fixture.given(opened())
                .when(reach(10_000_123))
                .expectEvents(reached(10_000_123), refundTriggered(10_000_123));
    }

    @Test
    void D3_D5_theTargetReportedAgainTriggersNothingMore() {
        fixture.given(opened(), reached(TARGET_FEN), refundTriggered(TARGET_FEN))
                .when(reach(TARGET_FEN + 500))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D2_aVolumeShortOfTheTargetIsNotTheTargetReached() {
        fixture.given(opened())
                .when(reach(TARGET_FEN - 1))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void D3_withRefundsOnRequestReachingTheTargetTriggersNothingUntilTheMerchantAsks() {
        FixtureConfiguration<Deposit> onRequest = fixtureWith(RefundMode.ON_REQUEST);
        onRequest.given(opened(RefundMode.ON_REQUEST))
                .when(reach(TARGET_FEN))
                .expectEvents(reached(TARGET_FEN));
        onRequest.given(opened(RefundMode.ON_REQUEST), reached(TARGET_FEN))
                .when(new RequestRefund(SERIAL, RECORDED_AT))
                .expectResultMessagePayload(DepositStatus.REFUND_TRIGGERED)
                .expectEvents(refundTriggered(TARGET_FEN));
    }

    @Test
    void D3_aRefundRequestedAgainAnswersTheSameAndTriggersNothingMore() {
        fixtureWith(RefundMode.ON_REQUEST)
                .given(opened(RefundMode.ON_REQUEST), reached(TARGET_FEN), refundTriggered(TARGET_FEN))
                .when(new RequestRefund(SERIAL, RECORDED_AT))
                .expectResultMessagePayload(DepositStatus.REFUND_TRIGGERED)
                .expectNoEvents();
    }

    @Test
    void D3_aRefundRequestBeforeTheTargetIsReachedIsRefused() {
        fixtureWith(RefundMode.ON_REQUEST).given(opened(RefundMode.ON_REQUEST))
                .when(new RequestRefund(SERIAL, RECORDED_AT))
                .expectException(RefundNotRequestableException.class)
                .expectExceptionMessage("The qualifying volume of terminal LKLE100000000001 has not reached its target");
    }

    @Test
    void D3_aRefundRequestForAnAutomaticPolicyIsRefused() {
        fixture.given(opened(), reached(TARGET_FEN), refundTriggered(TARGET_FEN))
                .when(new RequestRefund(SERIAL, RECORDED_AT))
                .expectException(RefundNotRequestableException.class);
    }

    @Test
    void D3_D4_aRefundRequestForAForfeitedDepositIsRefused() {
        fixtureWith(RefundMode.ON_REQUEST).given(opened(RefundMode.ON_REQUEST), forfeited(123))
                .when(new RequestRefund(SERIAL, RECORDED_AT))
                .expectException(RefundNotRequestableException.class);
    }

    @Test
    void D3_aRefundCompletesTheDeposit() {
        fixture.given(opened(), reached(TARGET_FEN), refundTriggered(TARGET_FEN))
                .when(completeRefund(PAYOUT, MERCHANT, 9_900))
                .expectEvents(refunded(PAYOUT));
    }

    @Test
    void D3_theSameRefundPayoutAgainChangesNothing() {
        fixture.given(opened(), refundTriggered(TARGET_FEN), refunded(PAYOUT))
                .when(completeRefund(PAYOUT, MERCHANT, 9_900))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D3_aSecondRefundPayoutIsRefused() {
        fixture.given(opened(), refundTriggered(TARGET_FEN), refunded(PAYOUT))
                .when(completeRefund("payout-2", MERCHANT, 9_900))
                .expectException(RefundPayoutMismatchException.class);
    }

    @Test
    void D3_aRefundPayoutForADepositWhoseRefundWasNotTriggeredIsRefused() {
        fixture.given(opened())
                .when(completeRefund(PAYOUT, MERCHANT, 9_900))
                .expectException(RefundNotTriggeredException.class);
    }

    @Test
    void D3_aRefundPayoutOfAnotherAmountOrMerchantIsRefused() {
        fixture.given(opened(), refundTriggered(TARGET_FEN))
                .when(completeRefund(PAYOUT, MERCHANT, 9_800))
                .expectException(RefundPayoutMismatchException.class);
        fixture.given(opened(), refundTriggered(TARGET_FEN))
                .when(completeRefund(PAYOUT, "822110054110002", 9_900))
                .expectException(RefundPayoutMismatchException.class);
    }

    @Test
    void S6_aFailedRefundPayoutIsRecordedOnceAndLeavesTheRefundPending() {
        RecordRefundPayoutFailure failure = new RecordRefundPayoutFailure(SERIAL, PAYOUT, 1, "ACCOUNT_FROZEN",
                RECORDED_AT);
        RefundPayoutFailed failed = new RefundPayoutFailed(SERIAL.value(), PAYOUT, 1, "ACCOUNT_FROZEN", RECORDED_AT);
        fixture.given(opened(), refundTriggered(TARGET_FEN))
                .when(failure)
                .expectEvents(failed);
        fixture.given(opened(), refundTriggered(TARGET_FEN), failed)
                .when(failure)
                .expectNoEvents();
        fixture.given(opened(), refundTriggered(TARGET_FEN), failed)
                .when(completeRefund(PAYOUT, MERCHANT, 9_900))
                .expectEvents(refunded(PAYOUT));
    }

    @Test
    void D4_aDepositShortOfTargetIsForfeitedWithTheProjectionsVolumeWhenTheWindowEndedAndItsDayClosed() {
        fixture.given(opened())
                .when(forfeit(WINDOW_END_DATE, 123_400, AFTER_WINDOW))
                .expectEvents(forfeited(123_400));
    }

    @Test
    void D4_theWindowHasEndedAtItsEndInstant() {
        fixture.given(opened())
                .when(forfeit(WINDOW_END_DATE, 0, WINDOW_END))
                .expectEvents(new DepositForfeited(SERIAL.value(), MERCHANT, 9_900, CAPTURED_AT, WINDOW_END, 0,
                        TARGET_FEN, WINDOW_END));
    }

    @Test
    void D4_aDepositIsNotForfeitedBeforeItsWindowEndsDayIsClosed() {
        fixture.given(opened())
                .when(forfeit(WINDOW_END_DATE.minusDays(1), 0, AFTER_WINDOW))
                .expectException(ForfeitureNotDueException.class);
    }

    @Test
    void D4_aDepositIsNotForfeitedWhileItsWindowRuns() {
        fixture.given(opened())
                .when(forfeit(WINDOW_END_DATE, 0, WINDOW_END.minusMillis(1)))
                .expectException(ForfeitureNotDueException.class);
    }

    @Test
    void D4_aVolumeAtTheTargetIsNeverForfeited() {
        fixture.given(opened())
                .when(forfeit(WINDOW_END_DATE, TARGET_FEN, AFTER_WINDOW))
                .expectException(ForfeitureNotDueException.class);
    }

    @Test
    void D4_aRefundedDepositIsNeverForfeited() {
        fixture.given(opened(), reached(TARGET_FEN), refundTriggered(TARGET_FEN), refunded(PAYOUT))
                .when(forfeit(WINDOW_END_DATE, 0, AFTER_WINDOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D4_aDepositWhoseRefundIsPendingIsNeverForfeited() {
        fixture.given(opened(), reached(TARGET_FEN), refundTriggered(TARGET_FEN))
                .when(forfeit(WINDOW_END_DATE, 0, AFTER_WINDOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D3_D4_aDepositThatReachedItsTargetAndAwaitsTheMerchantsRequestIsNeverForfeited() {
        fixtureWith(RefundMode.ON_REQUEST).given(opened(RefundMode.ON_REQUEST), reached(TARGET_FEN))
                .when(forfeit(WINDOW_END_DATE, TARGET_FEN - 5_000, AFTER_WINDOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D4_aDepositIsForfeitedOnce() {
        fixture.given(opened(), forfeited(0))
                .when(forfeit(WINDOW_END_DATE, 0, AFTER_WINDOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D4_aForfeitedDepositReachesNoTarget() {
        fixture.given(opened(), forfeited(0))
                .when(reach(TARGET_FEN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void T8_aReplacementMovesTheDepositToTheNewTerminal() {
        fixture.given(opened())
                .when(move(SERIAL, NEW_SERIAL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(moved(SERIAL, NEW_SERIAL));
    }

    @Test
    void T8_theSameReplacementAgainChangesNothing() {
        fixture.given(opened(), moved(SERIAL, NEW_SERIAL))
                .when(move(SERIAL, NEW_SERIAL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void T8_aMovedDepositTriggersItsRefundOnceOnReachingTheTarget() {
        fixture.given(opened(), moved(SERIAL, NEW_SERIAL))
                .when(reach(TARGET_FEN))
                .expectEvents(reached(TARGET_FEN), refundTriggered(TARGET_FEN));
    }

    @Test
    void T8_aMovedDepositShortOfTheTargetIsForfeitedAtTheWindowsEnd() {
        fixture.given(opened(), moved(SERIAL, NEW_SERIAL))
                .when(forfeit(WINDOW_END_DATE, 6_000_000, AFTER_WINDOW))
                .expectEvents(forfeited(6_000_000));
    }

    @Test
    void T8_aDepositWhoseRefundIsPendingMovesAsItIs() {
        fixture.given(opened(), refundTriggered(TARGET_FEN))
                .when(move(SERIAL, NEW_SERIAL))
                .expectEvents(moved(SERIAL, NEW_SERIAL));
    }

    @Test
    void T8_aReplacementTerminalReplacedInTurnMovesTheDepositOnAgain() {
        SerialNumber third = new SerialNumber("LKLE100000000003");
        fixture.given(opened(), moved(SERIAL, NEW_SERIAL))
                .when(move(NEW_SERIAL, third))
                .expectEvents(moved(NEW_SERIAL, third));
    }

    @Test
    void T8_aReplacementOfATerminalTheDepositHasLeftChangesNothing() {
        SerialNumber third = new SerialNumber("LKLE100000000003");
        fixture.given(opened(), moved(SERIAL, NEW_SERIAL))
                .when(move(SERIAL, third))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static MoveDeposit move(SerialNumber from, SerialNumber to) {
        return new MoveDeposit(SERIAL, from, to, REPLACED_AT);
    }

    private static DepositMoved moved(SerialNumber from, SerialNumber to) {
        return new DepositMoved(SERIAL.value(), from.value(), to.value(), REPLACED_AT);
    }

    private static OpenDeposit openDeposit(DeviceModel model) {
        return new OpenDeposit(SERIAL, new TransactionId(DEPOSIT_SWIPE), new MerchantNo(MERCHANT), model,
                Money.ofFen(9_900), CAPTURED_AT, OPENED_AT);
    }

    private static DepositOpened opened() {
        return opened(RefundMode.AUTOMATIC);
    }

    private static DepositOpened opened(RefundMode refundMode) {
        return new DepositOpened(SERIAL.value(), DEPOSIT_SWIPE, MERCHANT, DeviceModel.ESIGN, 9_900, CAPTURED_AT,
                WINDOW_END, TARGET_FEN, Qualifying.ALL_SALES, refundMode, OPENED_AT);
    }

    private static RecordTargetReached reach(long volumeFen) {
        return new RecordTargetReached(SERIAL, Money.ofFen(volumeFen), RECORDED_AT);
    }

    private static DepositTargetReached reached(long volumeFen) {
        return new DepositTargetReached(SERIAL.value(), volumeFen, TARGET_FEN, RECORDED_AT);
    }

    private static ForfeitDeposit forfeit(LocalDate closed, long volumeFen, Instant at) {
        return new ForfeitDeposit(SERIAL, closed, Money.ofFen(volumeFen), at);
    }

    private static DepositForfeited forfeited(long volumeFen) {
        return new DepositForfeited(SERIAL.value(), MERCHANT, 9_900, CAPTURED_AT, WINDOW_END, volumeFen, TARGET_FEN,
                AFTER_WINDOW);
    }

    private static DepositRefundTriggered refundTriggered(long volumeFen) {
        return new DepositRefundTriggered(SERIAL.value(), MERCHANT, 9_900, CAPTURED_AT, WINDOW_END, volumeFen, TARGET_FEN,
                RECORDED_AT);
    }

    private static CompleteRefund completeRefund(String payoutId, String merchantNo, long amountFen) {
        return new CompleteRefund(SERIAL, payoutId, new MerchantNo(merchantNo), Money.ofFen(amountFen), RECORDED_AT);
    }

    private static DepositRefunded refunded(String payoutId) {
        return new DepositRefunded(SERIAL.value(), MERCHANT, 9_900, CAPTURED_AT, WINDOW_END, TARGET_FEN, TARGET_FEN,
                payoutId, RECORDED_AT);
    }
}
