package io.posflow.deposit.deposit;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

class DepositTest {

    private static final SerialNumber SERIAL = new SerialNumber("LKLE100000000001");
    private static final String MERCHANT = "822110054110001";
    private static final String DEPOSIT_SWIPE = "deposit-swipe-1";
    private static final Instant CAPTURED_AT = Instant.parse("2026-11-22T03:00:00Z");
    private static final Instant OPENED_AT = Instant.parse("2026-11-22T03:00:05Z");
    private static final Instant WINDOW_END = CAPTURED_AT.plus(Duration.ofHours(60 * 24));
    private static final long TARGET_FEN = 10_000_000;

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
                .when(record("sale-2", 6_500_000, at.plusSeconds(60)))
                .expectEvents(recorded("sale-2", 6_500_000, at.plusSeconds(60), 10_500_000));
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

    private static OpenDeposit openDeposit() {
        return new OpenDeposit(SERIAL, new TransactionId(DEPOSIT_SWIPE), new MerchantNo(MERCHANT), DeviceModel.ESIGN,
                Money.ofFen(9_900), CAPTURED_AT, OPENED_AT);
    }

    private static DepositOpened opened() {
        return new DepositOpened(SERIAL.value(), DEPOSIT_SWIPE, MERCHANT, DeviceModel.ESIGN, 9_900, CAPTURED_AT,
                WINDOW_END, TARGET_FEN, OPENED_AT);
    }

    private static RecordQualifyingVolume record(String transactionId, long amountFen, Instant capturedAt) {
        return new RecordQualifyingVolume(SERIAL, new TransactionId(transactionId), Money.ofFen(amountFen), capturedAt);
    }

    private static QualifyingVolumeRecorded recorded(String transactionId, long amountFen, Instant capturedAt,
                                                     long volumeFen) {
        return new QualifyingVolumeRecorded(SERIAL.value(), transactionId, amountFen, capturedAt, volumeFen);
    }
}
