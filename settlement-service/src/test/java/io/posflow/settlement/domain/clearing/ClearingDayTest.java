package io.posflow.settlement.domain.clearing;

import io.posflow.contracts.money.Money;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

class ClearingDayTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private static final ClearingDayId ID = new ClearingDayId(DAY);
    private static final Instant AT = Instant.parse("2026-11-23T18:00:00Z");

    private AggregateTestFixture<ClearingDay> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ClearingDay.class);
    }

    @Test
    void S8_aCaptureMissingFromTheFileIsHeldAndAnItemOnlyTheSwitchClearedIsReported() {
        Reconciliation r = Reconciliation.of(Map.of("ours", Money.ofFen(100)),
                new ClearingFile(DAY, List.of(new ClearingItem("theirs", Money.ofFen(5)))));

        fixture.givenNoPriorActivity()
                .when(new ReconcileClearing(ID, r, AT))
                .expectEvents(
                        new ClearingDiscrepancyFound(DAY, "ours", Reconciliation.Kind.MISSING_FROM_CLEARING,
                                Money.ofFen(100), null, true, AT),
                        new ClearingDiscrepancyFound(DAY, "theirs", Reconciliation.Kind.UNKNOWN_TO_ACQUIRER,
                                null, Money.ofFen(5), false, AT));
    }

    @Test
    void S8_aDiscrepancyFoundAgainByALaterRunIsRecordedOnce() {
        Reconciliation r = Reconciliation.of(Map.of("ours", Money.ofFen(100)), new ClearingFile(DAY, List.of()));

        fixture.given(new ClearingDiscrepancyFound(DAY, "ours", Reconciliation.Kind.MISSING_FROM_CLEARING,
                        Money.ofFen(100), null, true, AT))
                .when(new ReconcileClearing(ID, r, AT.plusSeconds(86_400)))
                .expectNoEvents();
    }

    @Test
    void S8_opsReleaseAHeldCaptureOnceAndReleasingItAgainChangesNothing() {
        ClearingDiscrepancyFound held = new ClearingDiscrepancyFound(DAY, "ours",
                Reconciliation.Kind.AMOUNT_MISMATCH, Money.ofFen(100), Money.ofFen(101), true, AT);

        fixture.given(held).when(new ReleaseClearingHold(ID, "ours", AT))
                .expectEvents(new ClearingHoldReleased(DAY, "ours", AT));
        fixture.given(held, new ClearingHoldReleased(DAY, "ours", AT))
                .when(new ReleaseClearingHold(ID, "ours", AT.plusSeconds(5)))
                .expectNoEvents();
    }

    @Test
    void S8_onlyAHeldCaptureCanBeReleased() {
        fixture.given(new ClearingDiscrepancyFound(DAY, "theirs", Reconciliation.Kind.UNKNOWN_TO_ACQUIRER, null,
                        Money.ofFen(5), false, AT))
                .when(new ReleaseClearingHold(ID, "theirs", AT))
                .expectException(ClearingHoldNotFoundException.class);
    }
}
