package io.posflow.deposit.readmodel.state;

import io.posflow.contracts.topics.Topics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettlementDayTest {

    private static final int PARTITIONS = Topics.SETTLEMENT_TRANSACTIONS.partitions();
    private static final Instant AT = Instant.parse("2027-01-22T18:05:00Z");

    private final SettlementDay day = new SettlementDay(LocalDate.parse("2027-01-21"));

    @Test
    void settlementTransactionsHasTwelvePartitions() {
        assertThat(PARTITIONS).isEqualTo(12);
    }

    @Test
    void D4_aDateSeenOnElevenOfTwelvePartitionsIsNotClosed() {
        IntStream.range(0, 11).forEach(p -> assertThat(day.seenOn(p, PARTITIONS, AT)).isFalse());

        assertThat(day.isClosed()).isFalse();
    }

    @Test
    void D4_aDateIsClosedWhenTheLastOfTheTwelvePartitionsShowsIt() {
        IntStream.of(11, 3, 0, 7, 1, 2, 4, 5, 6, 8, 9).forEach(p -> day.seenOn(p, PARTITIONS, AT));

        assertThat(day.seenOn(10, PARTITIONS, AT)).isTrue();
        assertThat(day.isClosed()).isTrue();
    }

    @Test
    void D4_aPartitionSeenAgainDoesNotCountTwice() {
        IntStream.range(0, 11).forEach(p -> {
            day.seenOn(p, PARTITIONS, AT);
            day.seenOn(p, PARTITIONS, AT);
        });
        day.seenOn(0, PARTITIONS, AT);

        assertThat(day.isClosed()).isFalse();
    }

    @Test
    void D4_theDateIsCompletedOnlyOnce() {
        IntStream.range(0, 12).forEach(p -> day.seenOn(p, PARTITIONS, AT));

        assertThat(day.seenOn(4, PARTITIONS, AT)).isFalse();
        assertThat(day.isClosed()).isTrue();
    }

    @Test
    void aPartitionTheCatalogueDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> day.seenOn(12, PARTITIONS, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> day.seenOn(-1, PARTITIONS, AT)).isInstanceOf(IllegalArgumentException.class);
    }
}
