package io.posflow.deposit.deposit;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

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

    private FixtureConfiguration<Deposit> fixture;

    @BeforeEach
    void fixture() {
        fixture = fixtureWith(DepositPolicy.of(60, TARGET_FEN));
    }

    private static FixtureConfiguration<Deposit> fixtureWith(DepositPolicy policy) {
        FixtureConfiguration<Deposit> fixture = new AggregateTestFixture<>(Deposit.class);
        fixture.registerInjectableResource(policy);
        return fixture;
    }

    @Test
    void D1_theWindowEndsSixtyTimesTwentyFourHoursAfterTheDepositSwipe() {
        fixture.givenNoPriorActivity()
                .when(openDeposit())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DepositOpened(SERIAL.value(), DEPOSIT_SWIPE, MERCHANT, DeviceModel.ESIGN, 9_900,
                        CAPTURED_AT, Instant.parse("2027-01-21T03:00:00Z"), TARGET_FEN, OPENED_AT));
    }

    @Test
    void D1_theWindowAndTargetComeFromTheProgrammesPolicy() {
        fixtureWith(DepositPolicy.of(90, 5_000_000)).givenNoPriorActivity()
                .when(openDeposit())
                .expectEvents(new DepositOpened(SERIAL.value(), DEPOSIT_SWIPE, MERCHANT, DeviceModel.ESIGN, 9_900,
                        CAPTURED_AT, CAPTURED_AT.plus(Duration.ofHours(90 * 24)), 5_000_000, OPENED_AT));
    }

    @Test
    void D1_aDepositCollectedAgainOpensNothingNew() {
        fixture.given(opened())
                .when(openDeposit())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D2_aSaleCapturedInsideTheWindowCounts() {
        fixture.given(opened())
                .when(record("sale-1", 12_345, CAPTURED_AT.plus(Duration.ofDays(3))))
                .expectEvents(recorded("sale-1", 12_345, CAPTURED_AT.plus(Duration.ofDays(3)), 12_345));
    }

    @Test
    void D2_aSaleCapturedInTheWindowsLastMillisecondCounts() {
        Instant last = WINDOW_END.minusMillis(1);
        fixture.given(opened())
                .when(record("sale-1", 500, last))
                .expectEvents(recorded("sale-1", 500, last, 500));
    }

    @Test
    void D2_aSaleCapturedAfterTheWindowDoesNotCount() {
        fixture.given(opened())
                .when(record("sale-late", 100_000, WINDOW_END.plusSeconds(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D2_aSaleCapturedAtTheWindowEndIsAlreadyTooLate() {
        fixture.given(opened())
                .when(record("sale-at-end", 100_000, WINDOW_END))
                .expectNoEvents();
    }

    @Test
    void D2_theDepositSwipeItselfNeverCounts() {
        fixture.given(opened())
                .when(record(DEPOSIT_SWIPE, 9_900, CAPTURED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D2_aRefundSubtracts() {
        Instant saleAt = CAPTURED_AT.plus(Duration.ofDays(1));
        Instant refundAt = CAPTURED_AT.plus(Duration.ofDays(2));
        fixture.given(opened(), recorded("sale-1", 50_000, saleAt, 50_000))
                .when(record("refund-1", -20_000, refundAt))
                .expectEvents(recorded("refund-1", -20_000, refundAt, 30_000));
    }

    @Test
    void D2_volumeAddsUpAcrossSales() {
        Instant at = CAPTURED_AT.plus(Duration.ofDays(1));
        fixture.given(opened(), recorded("sale-1", 4_000_000, at, 4_000_000))
                .when(record("sale-2", 5_500_000, at.plusSeconds(60)))
                .expectEvents(recorded("sale-2", 5_500_000, at.plusSeconds(60), 9_500_000));
    }

    @Test
    void D5_aSettledTransactionCountsOnce() {
        Instant at = CAPTURED_AT.plus(Duration.ofDays(1));
        fixture.given(opened(), recorded("sale-1", 12_345, at, 12_345))
                .when(record("sale-1", 12_345, at))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void volumeCannotBeRecordedForADepositThatWasNeverOpened() {
        fixture.givenNoPriorActivity()
                .when(record("sale-1", 100, CAPTURED_AT))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void D3_reachingTheTargetTriggersTheRefundOnce() {
        Instant at = CAPTURED_AT.plus(Duration.ofDays(1));
        fixture.given(opened(), recorded("sale-1", 9_999_999, at, 9_999_999))
                .when(record("sale-2", 1, at.plusSeconds(60)))
                .expectEvents(recorded("sale-2", 1, at.plusSeconds(60), TARGET_FEN), refundTriggered(TARGET_FEN));
    }

    @Test
    void D3_volumeShortOfTheTargetTriggersNothing() {
        Instant at = CAPTURED_AT.plus(Duration.ofDays(1));
        fixture.given(opened())
                .when(record("sale-1", 9_999_999, at))
                .expectEvents(recorded("sale-1", 9_999_999, at, 9_999_999));
    }

    @Test
    void D3_aSaleAfterTheRefundWasTriggeredTriggersNothingMore() {
        Instant at = CAPTURED_AT.plus(Duration.ofDays(1));
        fixture.given(opened(), recorded("sale-1", 12_000_000, at, 12_000_000), refundTriggered(12_000_000))
                .when(record("sale-2", 500_000, at.plusSeconds(60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D3_aRefundCompletesTheDeposit() {
        fixture.given(opened(), recorded("sale-1", TARGET_FEN, CAPTURED_AT.plusSeconds(60), TARGET_FEN),
                        refundTriggered(TARGET_FEN))
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
    void D4_aDepositShortOfTargetIsForfeitedWhenTheWindowEndedAndItsDayClosed() {
        Instant at = CAPTURED_AT.plus(Duration.ofDays(1));
        Instant after = WINDOW_END.plus(Duration.ofDays(1));
        fixture.given(opened(), recorded("sale-1", 123_400, at, 123_400))
                .when(new ForfeitDeposit(SERIAL, WINDOW_END_DATE, after))
                .expectEvents(new DepositForfeited(SERIAL.value(), MERCHANT, 9_900, CAPTURED_AT, WINDOW_END, 123_400,
                        TARGET_FEN, after));
    }

    @Test
    void D4_theWindowHasEndedAtItsEndInstant() {
        fixture.given(opened())
                .when(new ForfeitDeposit(SERIAL, WINDOW_END_DATE, WINDOW_END))
                .expectEvents(new DepositForfeited(SERIAL.value(), MERCHANT, 9_900, CAPTURED_AT, WINDOW_END, 0,
                        TARGET_FEN, WINDOW_END));
    }

    @Test
    void D4_aDepositIsNotForfeitedBeforeItsWindowEndsDayIsClosed() {
        fixture.given(opened())
                .when(new ForfeitDeposit(SERIAL, WINDOW_END_DATE.minusDays(1), WINDOW_END.plusSeconds(1)))
                .expectException(ForfeitureNotDueException.class)
                .expectNoEvents();
    }

    @Test
    void D4_aDepositIsNotForfeitedWhileItsWindowRuns() {
        fixture.given(opened())
                .when(new ForfeitDeposit(SERIAL, WINDOW_END_DATE, WINDOW_END.minusMillis(1)))
                .expectException(ForfeitureNotDueException.class)
                .expectNoEvents();
    }

    @Test
    void D4_aRefundedDepositIsNeverForfeited() {
        fixture.given(opened(), refundTriggered(TARGET_FEN), refunded(PAYOUT))
                .when(new ForfeitDeposit(SERIAL, WINDOW_END_DATE, WINDOW_END.plus(Duration.ofDays(3))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D4_aDepositWhoseRefundIsPendingIsNeverForfeited() {
        fixture.given(opened(), refundTriggered(TARGET_FEN))
                .when(new ForfeitDeposit(SERIAL, WINDOW_END_DATE, WINDOW_END.plus(Duration.ofDays(3))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D4_aDepositIsForfeitedOnce() {
        Instant after = WINDOW_END.plus(Duration.ofDays(1));
        fixture.given(opened(), new DepositForfeited(SERIAL.value(), MERCHANT, 9_900, CAPTURED_AT, WINDOW_END, 0,
                        TARGET_FEN, after))
                .when(new ForfeitDeposit(SERIAL, WINDOW_END_DATE, after.plusSeconds(5)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void D4_anInWindowSaleSettledAfterTheWindowEndedStillCountsUntilForfeiture() {
        Instant inWindow = WINDOW_END.minus(Duration.ofHours(2));
        fixture.given(opened())
                .when(record("late-settled", 70_000, inWindow))
                .expectEvents(recorded("late-settled", 70_000, inWindow, 70_000));
    }

    @Test
    void D4_aSaleSettledAfterForfeitureIsNotCounted() {
        Instant after = WINDOW_END.plus(Duration.ofDays(1));
        fixture.given(opened(), new DepositForfeited(SERIAL.value(), MERCHANT, 9_900, CAPTURED_AT, WINDOW_END, 0,
                        TARGET_FEN, after))
                .when(record("held-then-released", 70_000, WINDOW_END.minus(Duration.ofHours(2))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void T8_aReplacementMovesTheDepositWithItsWindowAndVolumeToTheNewTerminal() {
        Instant at = CAPTURED_AT.plus(Duration.ofDays(1));
        fixture.given(opened(), recorded("sale-1", 4_000_000, at, 4_000_000))
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
    void T8_aMovedDepositCountsOnFromTheVolumeSoFarAndTriggersTheRefundOnceOnReachingTheTarget() {
        Instant at = CAPTURED_AT.plus(Duration.ofDays(1));
        Instant later = CAPTURED_AT.plus(Duration.ofDays(5));
        fixture.given(opened(), recorded("sale-old", 6_000_000, at, 6_000_000), moved(SERIAL, NEW_SERIAL))
                .when(record("sale-new", 4_000_000, later))
                .expectEvents(recorded("sale-new", 4_000_000, later, 10_000_000), refundTriggered(10_000_000));
    }

    @Test
    void T8_aMovedDepositKeepsItsWindowSoASaleOfTheNewTerminalAfterItDoesNotCount() {
        fixture.given(opened(), moved(SERIAL, NEW_SERIAL))
                .when(record("sale-late", 100_000, WINDOW_END.plusSeconds(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void T8_aMovedDepositShortOfTheTargetIsForfeitedAtTheWindowsEnd() {
        Instant at = CAPTURED_AT.plus(Duration.ofDays(1));
        Instant after = WINDOW_END.plusSeconds(60);
        fixture.given(opened(), recorded("sale-old", 6_000_000, at, 6_000_000), moved(SERIAL, NEW_SERIAL))
                .when(new ForfeitDeposit(SERIAL, WINDOW_END_DATE, after))
                .expectEvents(new DepositForfeited(SERIAL.value(), MERCHANT, 9_900, CAPTURED_AT, WINDOW_END, 6_000_000,
                        TARGET_FEN, after));
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

    private static OpenDeposit openDeposit() {
        return new OpenDeposit(SERIAL, new TransactionId(DEPOSIT_SWIPE), new MerchantNo(MERCHANT), DeviceModel.ESIGN,
                Money.ofFen(9_900), CAPTURED_AT, OPENED_AT);
    }

    private static DepositOpened opened() {
        return new DepositOpened(SERIAL.value(), DEPOSIT_SWIPE, MERCHANT, DeviceModel.ESIGN, 9_900, CAPTURED_AT,
                WINDOW_END, TARGET_FEN, OPENED_AT);
    }

    private static RecordQualifyingVolume record(String transactionId, long amountFen, Instant capturedAt) {
        return new RecordQualifyingVolume(SERIAL, new TransactionId(transactionId), Money.ofFen(amountFen), capturedAt,
                RECORDED_AT);
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

    private static QualifyingVolumeRecorded recorded(String transactionId, long amountFen, Instant capturedAt,
                                                     long volumeFen) {
        return new QualifyingVolumeRecorded(SERIAL.value(), transactionId, amountFen, capturedAt, volumeFen);
    }
}
