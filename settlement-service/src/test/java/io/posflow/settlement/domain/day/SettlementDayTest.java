package io.posflow.settlement.domain.day;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementDayTest {

    private static final LocalDate DATE = LocalDate.parse("2026-11-22");
    private static final Instant CLOSED_AT = Instant.parse("2026-11-22T18:00:05Z");

    private AggregateTestFixture<SettlementDay> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(SettlementDay.class);
    }

    @Test
    void S2_aBusinessDateIsClosedAfterItsRunOnceForEveryPartition() {
        fixture.givenNoPriorActivity()
                .when(new CloseSettlementDay(new SettlementDayId(DATE), CLOSED_AT, 3))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SettlementDayClosed(DATE, CLOSED_AT, 0), new SettlementDayClosed(DATE, CLOSED_AT, 1),
                        new SettlementDayClosed(DATE, CLOSED_AT, 2));
    }

    @Test
    void S2_aBusinessDateIsClosedOnlyOnce() {
        fixture.given(new SettlementDayClosed(DATE, CLOSED_AT, 0), new SettlementDayClosed(DATE, CLOSED_AT, 1))
                .when(new CloseSettlementDay(new SettlementDayId(DATE), CLOSED_AT.plusSeconds(86_400), 2))
                .expectException(SettlementDayAlreadyClosedException.class)
                .expectNoEvents();
    }

    @Test
    void aSettlementDaysIdCannotBeMistakenForATransactionId() {
        assertThat(new SettlementDayId(DATE)).hasToString("SETTLEMENT_DAY:2026-11-22");
    }
}
