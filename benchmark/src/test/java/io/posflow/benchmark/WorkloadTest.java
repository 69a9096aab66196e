package io.posflow.benchmark;

import io.posflow.benchmark.DepositRules.TerminalVolume;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.terminal.TransactionType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadTest {

    private static final Instant SWIPE = Instant.parse("2026-08-30T10:00:00Z");

    @Test
    void D1_onlyTransactionsCapturedInsideTheSixtyDayWindowCount() {
        TerminalVolume opened = TerminalVolume.opened(SWIPE);
        long end = SWIPE.plus(DepositRules.WINDOW).toEpochMilli();

        assertThat(opened.add(500, SWIPE.toEpochMilli() - 1).volumeFen()).isZero();
        assertThat(opened.add(500, SWIPE.toEpochMilli()).volumeFen()).isEqualTo(500);
        assertThat(opened.add(500, end - 1).volumeFen()).isEqualTo(500);
        assertThat(opened.add(500, end).volumeFen()).isZero();
    }

    @Test
    void D2_aRefundSubtractsFromTheVolume() {
        long at = SWIPE.plusSeconds(60).toEpochMilli();

        TerminalVolume volume = TerminalVolume.opened(SWIPE).add(10_000, at).add(-2_500, at);

        assertThat(volume.volumeFen()).isEqualTo(7_500);
        assertThat(volume.transactionCount()).isEqualTo(2);
    }

    @Test
    void D3_theVolumeFreezesAtTheFirstValueThatReachesTheTarget() {
        long at = SWIPE.plusSeconds(60).toEpochMilli();

        TerminalVolume below = TerminalVolume.opened(SWIPE).add(DepositRules.TARGET_FEN - 1, at);
        TerminalVolume reached = below.add(5, at);

        assertThat(below.triggered()).isFalse();
        assertThat(reached.triggered()).isTrue();
        assertThat(reached.volumeFen()).isEqualTo(DepositRules.TARGET_FEN + 4);
        TerminalVolume after = reached.add(100, at).add(-50_000, at);
        assertThat(after.volumeFen()).isEqualTo(reached.volumeFen());
        assertThat(after.transactionCount()).isEqualTo(reached.transactionCount());
        assertThat(after.countedOnFen()).isEqualTo(DepositRules.TARGET_FEN + 4 + 100 - 50_000);
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndTheSameExpectedVolumes() {
        List<Workload.Settlement> first = new ArrayList<>();
        List<Workload.Settlement> second = new ArrayList<>();

        Map<String, TerminalVolume> one = new Workload(7, 50, 3_000).settlements(first::add);
        Map<String, TerminalVolume> two = new Workload(7, 50, 3_000).settlements(second::add);

        assertThat(second).isEqualTo(first);
        assertThat(two).isEqualTo(one);
    }

    @Test
    void D5_theExpectedVolumesCountEachReSentDuplicateOnce() {
        Workload workload = new Workload(11, 200, 40_000);
        List<Workload.Settlement> records = new ArrayList<>();

        Map<String, TerminalVolume> expected = workload.settlements(records::add);

        Map<String, TerminalVolume> refolded = new HashMap<>();
        workload.deposits().forEach(d -> refolded.put(d.serialNumber(), TerminalVolume.opened(d.capturedAt())));
        Set<String> seen = new HashSet<>();
        long duplicates = 0;
        for (Workload.Settlement s : records) {
            if (!seen.add(s.event().serialNumber() + '|' + s.event().transactionId())) {
                duplicates++;
                continue;
            }
            refolded.computeIfPresent(s.event().serialNumber(),
                    (k, v) -> v.add(s.event().amountFen(), s.event().capturedAt().toEpochMilli()));
        }
        assertThat(duplicates).isBetween(100L, 300L);
        assertThat(refolded).isEqualTo(expected);
    }

    @Test
    void theMixIsMostlySalesWithSomeRefundsAndSomeCapturesOutsideTheWindow() {
        Workload workload = new Workload(3, 1_000, 100_000);
        long[] refunds = {0};
        long[] outside = {0};
        Map<String, Instant> swipes = new HashMap<>();
        workload.deposits().forEach(d -> swipes.put(d.serialNumber(), d.capturedAt()));

        Map<String, TerminalVolume> expected = workload.settlements(s -> {
            if (s.event().type() == TransactionType.REFUND) {
                refunds[0]++;
                assertThat(s.event().amountFen()).isNegative();
                assertThat(s.event().originalTransactionId()).isNotNull();
            } else {
                assertThat(s.event().amountFen()).isPositive();
            }
            Instant swipe = swipes.get(s.event().serialNumber());
            if (s.event().capturedAt().isBefore(swipe)
                    || !s.event().capturedAt().isBefore(swipe.plus(DepositRules.WINDOW))) {
                outside[0]++;
            }
        });

        assertThat(refunds[0]).isBetween(1_500L, 2_500L);
        assertThat(outside[0]).isBetween(700L, 1_300L);
        long reached = expected.values().stream().filter(TerminalVolume::triggered).count();
        assertThat(reached).as("terminals reaching the target").isBetween(50L, 150L);
    }

    @Test
    void everyGeneratedEventMatchesItsPublishedSchema() {
        IntegrationEventCodec codec = new IntegrationEventCodec();
        Workload workload = new Workload(5, 20, 2_000);

        workload.deposits().forEach(d -> assertThat(codec.read(EventCatalogue.of(d).ceType(), codec.write(d)))
                .isEqualTo(d));
        workload.settlements(s -> assertThat(codec.read(EventCatalogue.of(s.event()).ceType(),
                codec.write(s.event()))).isEqualTo(s.event()));
    }
}
