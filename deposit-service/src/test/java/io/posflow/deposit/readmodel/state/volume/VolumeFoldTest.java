package io.posflow.deposit.readmodel.state.volume;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.SettlementDayClosed;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.Wallet;
import io.posflow.contracts.topics.Topics;
import io.posflow.deposit.domain.deposit.DepositWindow;
import io.posflow.deposit.domain.deposit.Qualifying;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projection's fold (D2–D5, T8) on a real in-memory H2 database, with the tables {@link ProjectionSchema}
 * creates and a fake of the effects that records what the live projection would have done.
 */
class VolumeFoldTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String MERCHANT_NO = "822110054110001";
    private static final long TARGET_FEN = 10_000_000;
    private static final Duration WINDOW = Duration.ofDays(60);
    /** The deposit swipe: 11:00 in Shanghai. */
    private static final Instant START = Instant.parse("2026-11-22T03:00:00Z");
    private static final Instant END = START.plus(WINDOW);
    private static final LocalDate END_DATE = new DepositWindow(START, END).endBusinessDate(BusinessDay.SHANGHAI);
    private static final int PARTITIONS = Topics.SETTLEMENT_TRANSACTIONS.partitions();

    private final List<Projection> opened = new ArrayList<>();
    private final Projection projection = newProjection();

    @AfterEach
    void shutDown() {
        opened.forEach(Projection::shutDown);
    }

    // D2 — what counts, and where

    @Test
    void D2_aSaleCapturedInsideTheWindowCountsItsAmount() {
        projection.open("SN-A", START);

        projection.fold(on(3, sale("SN-A", "t1", 1_234_500, START.plus(Duration.ofDays(5)))));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(1_234_500, 1, false, false));
    }

    @Test
    void D2_aCaptureAtTheWindowStartCounts() {
        projection.open("SN-A", START);

        projection.fold(on(3, sale("SN-A", "t1", 50_000, START)));

        assertThat(projection.volume("SN-A").fen()).isEqualTo(50_000);
    }

    @Test
    void D2_aCaptureAtTheWindowEndDoesNotCountWhileOneNanosecondBeforeDoes() {
        projection.open("SN-A", START);

        projection.fold(
                on(3, sale("SN-A", "at-end", 70_000, END)),
                on(3, sale("SN-A", "before-start", 30_000, START.minusNanos(1))),
                on(3, sale("SN-A", "just-before-end", 50_000, END.minusNanos(1))));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(50_000, 1, false, false));
        assertThat(projection.countedIds("SN-A")).containsExactly("just-before-end");
        assertThat(projection.effects.outcomes).containsExactly(VolumeFold.Outcome.OUTSIDE_WINDOW,
                VolumeFold.Outcome.OUTSIDE_WINDOW, VolumeFold.Outcome.COUNTED);
    }

    @Test
    void D2_theDepositSwipeItselfNeverCounts() {
        String swipe = projection.open("SN-A", START);

        projection.fold(on(3, sale("SN-A", swipe, 9_900, START)), on(3, sale("SN-A", "t1", 10_000, START)));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(10_000, 1, false, false));
        assertThat(projection.countedIds("SN-A")).containsExactly("t1");
    }

    @Test
    void D2_aRefundSettledNegativeSubtractsFromTheVolume() {
        projection.open("SN-A", START);

        projection.fold(on(3, sale("SN-A", "t1", 500_000, START.plusSeconds(60))));
        projection.fold(on(3, refund("SN-A", "r1", -200_000, START.plus(Duration.ofDays(2)), "t1")));

        assertThat(projection.volume("SN-A").fen()).isEqualTo(300_000);
        assertThat(projection.countedIds("SN-A")).containsExactlyInAnyOrder("t1", "r1");
    }

    @Test
    void D2_aVoidNeverCounts() {
        projection.open("SN-A", START);

        projection.fold(on(3, settled("SN-A", "v1", TransactionType.VOID, PaymentChannel.CARD, CardType.CREDIT,
                null, 80_000, START.plusSeconds(60))));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(0, 0, false, false));
        assertThat(projection.countedIds("SN-A")).isEmpty();
        assertThat(projection.effects.outcomes).containsExactly(VolumeFold.Outcome.NOT_QUALIFYING);
    }

    @Test
    void D2_creditOnlyCountsCreditAndOverseasCardsButNotDebitCardsNorQr() {
        projection.open("SN-A", START, TARGET_FEN, Qualifying.CREDIT_ONLY);
        Instant at = START.plus(Duration.ofDays(1));

        projection.fold(
                on(1, card("SN-A", "credit", 100_000, at, CardType.CREDIT)),
                on(1, card("SN-A", "overseas", 20_000, at, CardType.OVERSEAS)),
                on(1, card("SN-A", "debit", 3_000, at, CardType.DEBIT)),
                on(1, qr("SN-A", "wechat", 400, at, Wallet.WECHAT)),
                on(1, qr("SN-A", "unionpay", 50, at, Wallet.UNIONPAY)));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(120_000, 2, false, false));
        assertThat(projection.countedIds("SN-A")).containsExactlyInAnyOrder("credit", "overseas");
    }

    @Test
    void D2_allSalesCountsDebitCardsAndQrToo() {
        projection.open("SN-A", START, TARGET_FEN, Qualifying.ALL_SALES);
        Instant at = START.plus(Duration.ofDays(1));

        projection.fold(
                on(1, card("SN-A", "credit", 100_000, at, CardType.CREDIT)),
                on(1, card("SN-A", "debit", 3_000, at, CardType.DEBIT)),
                on(1, qr("SN-A", "alipay", 400, at, Wallet.ALIPAY)));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(103_400, 3, false, false));
    }

    @Test
    void D2_dailyBucketsAreTheShanghaiDateOfTheCapture() {
        projection.open("SN-A", START);

        projection.fold(
                // 23:30 UTC is 07:30 the next morning in Shanghai
                on(2, sale("SN-A", "t1", 10_000, Instant.parse("2026-11-25T23:30:00Z"))),
                on(2, sale("SN-A", "t2", 20_000, Instant.parse("2026-11-26T15:59:59.999999999Z"))),
                on(5, sale("SN-A", "t3", 40_000, Instant.parse("2026-11-26T16:00:00Z"))),
                on(5, sale("SN-A", "t4", 80_000, Instant.parse("2026-11-25T15:00:00Z"))));

        assertThat(projection.days("SN-A")).containsExactlyInAnyOrderEntriesOf(Map.of(
                LocalDate.parse("2026-11-25"), new DayRow(80_000, 1),
                LocalDate.parse("2026-11-26"), new DayRow(30_000, 2),
                LocalDate.parse("2026-11-27"), new DayRow(40_000, 1)));
    }

    @Test
    void D2_aRefundGoesToTheBucketOfItsOwnCaptureDate() {
        projection.open("SN-A", START);

        projection.fold(
                on(2, sale("SN-A", "t1", 60_000, Instant.parse("2026-11-23T02:00:00Z"))),
                on(2, refund("SN-A", "r1", -15_000, Instant.parse("2026-11-24T02:00:00Z"), "t1")));

        assertThat(projection.days("SN-A")).containsExactlyInAnyOrderEntriesOf(Map.of(
                LocalDate.parse("2026-11-23"), new DayRow(60_000, 1),
                LocalDate.parse("2026-11-24"), new DayRow(-15_000, 1)));
    }

    @Test
    void D2_theTransactionCountCountsOnlyWhatWasCounted() {
        projection.open("SN-A", START, TARGET_FEN, Qualifying.CREDIT_ONLY);
        Instant at = START.plus(Duration.ofDays(3));

        projection.fold(
                on(4, sale("SN-A", "t1", 10_000, at)),
                on(4, sale("SN-A", "t2", 10_000, at)),
                on(4, sale("SN-A", "t2", 10_000, at)),
                on(4, sale("SN-A", "late", 10_000, END)),
                on(4, card("SN-A", "debit", 10_000, at, CardType.DEBIT)),
                on(4, refund("SN-A", "r1", -5_000, at.plusSeconds(1), "t1")));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(15_000, 3, false, false));
        assertThat(projection.days("SN-A").values()).containsExactly(new DayRow(15_000, 3));
    }

    // D5 — each settled transaction counts exactly once

    @Test
    void D5_theSameTransactionTwiceInOneBatchCountsOnce() {
        projection.open("SN-A", START);
        TransactionSettled t1 = sale("SN-A", "t1", 70_000, START.plusSeconds(60));

        projection.fold(on(6, t1), on(6, t1));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(70_000, 1, false, false));
        assertThat(projection.days("SN-A").values()).containsExactly(new DayRow(70_000, 1));
        assertThat(projection.effects.outcomes).containsExactly(VolumeFold.Outcome.COUNTED,
                VolumeFold.Outcome.DUPLICATE);
    }

    @Test
    void D5_theSameTransactionInTwoBatchesCountsOnce() {
        projection.open("SN-A", START);
        TransactionSettled t1 = sale("SN-A", "t1", 70_000, START.plusSeconds(60));

        projection.fold(on(6, t1));
        projection.fold(on(6, t1), on(6, sale("SN-A", "t2", 1_000, START.plusSeconds(61))));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(71_000, 2, false, false));
        assertThat(projection.days("SN-A").values()).containsExactly(new DayRow(71_000, 2));
    }

    @Test
    void D5_theSameTransactionIsCountedAgainAfterARestartOfTheFoldOnlyIfItWasNot() {
        projection.open("SN-A", START);
        TransactionSettled t1 = sale("SN-A", "t1", 70_000, START.plusSeconds(60));
        projection.fold(on(6, t1));

        projection.restart();
        projection.fold(on(6, t1), on(6, sale("SN-A", "t2", 1_000, START.plusSeconds(61))));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(71_000, 2, false, false));
    }

    @Test
    void D5_theSameTransactionIdOnTwoDepositsCountsForEach() {
        projection.open("SN-A", START);
        projection.open("SN-B", START);
        Instant at = START.plus(Duration.ofDays(1));

        projection.fold(on(1, sale("SN-A", "shared", 30_000, at)));
        projection.fold(on(2, sale("SN-B", "shared", 40_000, at)));
        projection.fold(on(1, sale("SN-A", "shared", 30_000, at)), on(2, sale("SN-B", "shared", 40_000, at)));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(30_000, 1, false, false));
        assertThat(projection.volume("SN-B")).isEqualTo(new VolumeRow(40_000, 1, false, false));
        assertThat(projection.countedIds("SN-A")).containsExactly("shared");
        assertThat(projection.countedIds("SN-B")).containsExactly("shared");
    }

    @Test
    void D5_theSameTransactionIdOnTwoDepositsInOneBatchCountsForEach() {
        projection.open("SN-A", START);
        projection.open("SN-B", START);
        Instant at = START.plus(Duration.ofDays(1));

        projection.fold(on(1, sale("SN-A", "shared", 30_000, at)), on(2, sale("SN-B", "shared", 40_000, at)),
                on(1, sale("SN-A", "shared", 30_000, at)));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(30_000, 1, false, false));
        assertThat(projection.volume("SN-B")).isEqualTo(new VolumeRow(40_000, 1, false, false));
    }

    @Test
    void D5_foldingTheSameRecordsInBatchesOfAnySizeGivesTheSameTables() {
        List<VolumeFold.Item> records = mixedTopic();

        Projection whole = newProjection();
        whole.fold(records);
        for (int size : new int[]{1, 2, 3, 5, 7}) {
            Projection split = newProjection();
            for (int from = 0; from < records.size(); from += size) {
                split.fold(records.subList(from, Math.min(records.size(), from + size)));
            }

            assertThat(split.allVolumes()).as("volumes, batches of %d", size).isEqualTo(whole.allVolumes());
            assertThat(split.allDays()).as("daily buckets, batches of %d", size).isEqualTo(whole.allDays());
            assertThat(split.allCounted()).as("dedup rows, batches of %d", size).isEqualTo(whole.allCounted());
            assertThat(split.waitingIds()).as("waiting, batches of %d", size).isEqualTo(whole.waitingIds());
            assertThat(split.effects.targets).as("targets reached, batches of %d", size)
                    .isEqualTo(whole.effects.targets);
            assertThat(split.effects.closures).as("windows closed, batches of %d", size)
                    .isEqualTo(whole.effects.closures);
        }
        // the topic is not trivial: it counted, reached a target, deduplicated, closed on one partition and parked
        assertThat(whole.allVolumes()).containsEntry("SN-A", new VolumeRow(10_400_000, 5, true, false))
                .containsEntry("SN-B", new VolumeRow(150_000, 2, false, false));
        assertThat(whole.effects.targets).containsExactly(new Target("SN-A", 10_100_000));
        assertThat(whole.waitingIds()).containsExactly("u1", "u2");
    }

    /**
     * Two deposits opened mid-stream, settlements over three partitions with duplicates, a refund, the
     * target crossed, a sale after the window end date closed on its partition, and an unknown serial.
     */
    private static List<VolumeFold.Item> mixedTopic() {
        Instant day1 = START.plus(Duration.ofDays(1));
        Instant late = END.minus(Duration.ofHours(2));
        TransactionSettled a1 = sale("SN-A", "a1", 6_000_000, day1);
        TransactionSettled b1 = sale("SN-B", "b1", 100_000, day1);
        return List.of(
                on(0, collected("SN-A", "swipe-A", START)),
                on(0, a1),
                on(1, sale("SN-U", "u1", 5_000, day1)),
                on(0, a1),
                on(4, collected("SN-B", "swipe-B", START)),
                on(4, b1),
                on(0, sale("SN-A", "a2", 4_100_000, day1.plus(Duration.ofHours(20)))),
                on(4, b1),
                on(0, sale("SN-A", "swipe-A", 9_900, START)),
                on(0, refund("SN-A", "a3", -200_000, day1.plus(Duration.ofDays(3)), "a1")),
                on(4, sale("SN-B", "b2", 50_000, late)),
                on(1, sale("SN-U", "u2", 7_000, day1)),
                on(0, new SettlementDayClosed(END_DATE, END.plus(Duration.ofHours(20)))),
                on(0, sale("SN-A", "after-close", 1_000, late)),
                on(4, sale("SN-A", "a4", 300_000, late)),
                on(0, a1),
                on(4, sale("SN-A", "a5", 200_000, late.plusSeconds(1))),
                on(4, sale("SN-B", "b2", 50_000, late)));
    }

    // D3 — reaching the target, reported once

    @Test
    void D3_theTargetIsReportedOnceWithTheVolumeAtTheFirstCrossing() {
        projection.open("SN-A", START);
        Instant at = START.plus(Duration.ofDays(1));

        projection.fold(
                on(7, sale("SN-A", "t1", 6_000_000, at)),
                on(7, sale("SN-A", "t2", 4_000_000, at)),
                on(7, sale("SN-A", "t3", 3_000_000, at)));

        assertThat(projection.effects.targets).containsExactly(new Target("SN-A", 10_000_000));
        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(13_000_000, 3, true, false));
    }

    @Test
    void D3_theTargetCrossedOnTopOfAnEarlierBatchIsReportedWithTheRunningVolume() {
        projection.open("SN-A", START);
        Instant at = START.plus(Duration.ofDays(1));

        projection.fold(on(7, sale("SN-A", "t1", 6_000_000, at)));
        assertThat(projection.effects.targets).isEmpty();
        projection.fold(on(7, sale("SN-A", "t2", 1_000_000, at)), on(7, sale("SN-A", "t3", 3_500_000, at)),
                on(7, sale("SN-A", "t4", 2_000_000, at)));

        assertThat(projection.effects.targets).containsExactly(new Target("SN-A", 10_500_000));
    }

    @Test
    void D3_theTargetReachedInAnEarlierBatchIsNotReportedAgain() {
        projection.open("SN-A", START);
        Instant at = START.plus(Duration.ofDays(1));
        projection.fold(on(7, sale("SN-A", "t1", 10_000_000, at)));

        projection.fold(on(7, sale("SN-A", "t2", 1_000, at)));
        projection.restart();
        projection.fold(on(7, sale("SN-A", "t3", 1_000, at)));

        assertThat(projection.effects.targets).containsExactly(new Target("SN-A", 10_000_000));
        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(10_002_000, 3, true, false));
    }

    @Test
    void D3_aRefundBackBelowTheTargetAndASaleCrossingAgainInTheSameBatchDoNotReportTwice() {
        projection.open("SN-A", START);
        Instant at = START.plus(Duration.ofDays(1));

        projection.fold(
                on(7, sale("SN-A", "t1", 10_000_000, at)),
                on(7, refund("SN-A", "r1", -3_000_000, at.plusSeconds(1), "t1")),
                on(7, sale("SN-A", "t2", 4_000_000, at.plusSeconds(2))));

        assertThat(projection.effects.targets).containsExactly(new Target("SN-A", 10_000_000));
        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(11_000_000, 3, true, false));
    }

    @Test
    void D3_aRefundBackBelowTheTargetAndASaleCrossingAgainInLaterBatchesDoNotReportTwice() {
        projection.open("SN-A", START);
        Instant at = START.plus(Duration.ofDays(1));

        projection.fold(on(7, sale("SN-A", "t1", 10_000_000, at)));
        projection.fold(on(7, refund("SN-A", "r1", -3_000_000, at.plusSeconds(1), "t1")));
        projection.fold(on(7, sale("SN-A", "t2", 4_000_000, at.plusSeconds(2))));

        assertThat(projection.effects.targets).containsExactly(new Target("SN-A", 10_000_000));
        assertThat(projection.volume("SN-A").fen()).isEqualTo(11_000_000);
    }

    @Test
    void D3_aVolumeShortOfTheTargetReportsNothing() {
        projection.open("SN-A", START);

        projection.fold(on(7, sale("SN-A", "t1", TARGET_FEN - 1, START.plusSeconds(1))));

        assertThat(projection.effects.targets).isEmpty();
        assertThat(projection.volume("SN-A").targetReached()).isFalse();
    }

    // D4 — settlement's closure of the window end's business date

    @Test
    void D4_aSaleReadAfterTheWindowEndDateClosedOnItsPartitionDoesNotCountWhileOnAnotherPartitionItDoes() {
        projection.open("SN-A", START);
        Instant late = END.minus(Duration.ofHours(1));

        projection.fold(on(8, closed(END_DATE)), on(8, sale("SN-A", "on-closed", 30_000, late)));
        projection.fold(on(9, sale("SN-A", "on-open", 20_000, late)));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(20_000, 1, false, false));
        assertThat(projection.countedIds("SN-A")).containsExactly("on-open");
        assertThat(projection.effects.outcomes).containsExactly(VolumeFold.Outcome.AFTER_CLOSE,
                VolumeFold.Outcome.COUNTED);
    }

    @Test
    void D4_aSaleReadOnAPartitionThatClosedAnEarlierDateStillCounts() {
        projection.open("SN-A", START);
        Instant late = END.minus(Duration.ofHours(1));

        projection.fold(on(8, closed(END_DATE.minusDays(1))), on(8, sale("SN-A", "delayed", 30_000, late)));

        assertThat(projection.volume("SN-A").fen()).isEqualTo(30_000);
    }

    @Test
    void D4_aSaleReadOnAPartitionThatClosedALaterDateDoesNotCount() {
        projection.open("SN-A", START);

        projection.fold(on(8, closed(END_DATE.plusDays(3))),
                on(8, sale("SN-A", "released-hold", 30_000, END.minus(Duration.ofDays(1)))));

        assertThat(projection.volume("SN-A").fen()).isZero();
    }

    @Test
    void D4_theWindowEndDateClosedOnAllPartitionsClosesTheWindowsEndedByItOnceAndPrunesTheirDedupRows() {
        projection.open("SN-A", START);
        projection.open("SN-EARLIER", START.minus(Duration.ofDays(1)));
        projection.open("SN-LATER", START.plus(Duration.ofDays(1)));
        Instant at = START.plus(Duration.ofDays(2));
        projection.fold(on(0, sale("SN-A", "a1", 1_000, at)), on(0, sale("SN-EARLIER", "e1", 2_000, at)),
                on(0, sale("SN-LATER", "l1", 3_000, at)));

        for (int p = 0; p < PARTITIONS - 1; p++) {
            projection.fold(on(p, closed(END_DATE)));
        }
        assertThat(projection.effects.closures).isEmpty();
        assertThat(projection.volume("SN-A").windowClosed()).isFalse();
        assertThat(projection.countedIds("SN-A")).containsExactly("a1");
        projection.fold(on(PARTITIONS - 1, closed(END_DATE)));
        projection.fold(on(3, closed(END_DATE)));

        assertThat(projection.effects.closures).hasSize(1);
        assertThat(projection.effects.closures.get(0).businessDate()).isEqualTo(END_DATE);
        assertThat(projection.effects.closures.get(0).depositIds()).containsExactlyInAnyOrder("SN-A", "SN-EARLIER");
        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(1_000, 1, false, true));
        assertThat(projection.volume("SN-EARLIER")).isEqualTo(new VolumeRow(2_000, 1, false, true));
        assertThat(projection.volume("SN-LATER")).isEqualTo(new VolumeRow(3_000, 1, false, false));
        assertThat(projection.countedIds("SN-A")).isEmpty();
        assertThat(projection.countedIds("SN-EARLIER")).isEmpty();
        assertThat(projection.countedIds("SN-LATER")).containsExactly("l1");
    }

    @Test
    void D4_aClosedWindowsSettlementReadAgainAfterPruningIsNotCountedTwice() {
        projection.open("SN-A", START);
        TransactionSettled a1 = sale("SN-A", "a1", 1_000, END.minusSeconds(1));
        projection.fold(on(5, a1));
        for (int p = 0; p < PARTITIONS; p++) {
            projection.fold(on(p, closed(END_DATE)));
        }

        projection.fold(on(5, a1));
        projection.restart();
        projection.fold(on(5, a1));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(1_000, 1, false, true));
    }

    // T8 — settlements of a serial no deposit is known for yet wait, in order

    @Test
    void T8_aSettlementOfAnUnknownSerialWaitsInDepositWaiting() {
        projection.open("SN-A", START);

        projection.fold(on(2, sale("SN-NEW", "n1", 12_000_000, START.plusSeconds(10))),
                on(2, sale("SN-NEW", "n2", 1_000, START.plusSeconds(20))));
        projection.releaseWaiting();

        assertThat(projection.waitingIds()).containsExactly("n1", "n2");
        assertThat(projection.fold.hasWaiting()).isTrue();
        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(0, 0, false, false));
        assertThat(projection.effects.outcomes).containsExactly(VolumeFold.Outcome.WAITING,
                VolumeFold.Outcome.WAITING);
    }

    @Test
    void T8_onceTheSerialMapsToADepositReleaseWaitingFoldsItsSettlementsInArrivalOrderAndEmptiesTheTable() {
        projection.open("SN-A", START);
        projection.fold(on(2, sale("SN-NEW", "n1", 12_000_000, START.plusSeconds(10))),
                on(2, sale("SN-NEW", "n2", 1_000, START.plusSeconds(20))));

        projection.moved("SN-NEW", "SN-A");
        projection.releaseWaiting();

        assertThat(projection.waitingIds()).isEmpty();
        assertThat(projection.fold.hasWaiting()).isFalse();
        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(12_001_000, 2, true, false));
        // in arrival order the target is crossed by n1 alone; the other way round it would be at 12,001,000
        assertThat(projection.effects.targets).containsExactly(new Target("SN-A", 12_000_000));
    }

    @Test
    void T8_aWaitingSettlementIsReleasedBeforeANewOneOfTheSameSerialFoldedDirectly() {
        projection.open("SN-A", START);
        projection.fold(on(2, sale("SN-NEW", "n1", 12_000_000, START.plusSeconds(10))));

        projection.moved("SN-NEW", "SN-A");
        projection.fold(on(2, sale("SN-NEW", "n2", 1_000, START.plusSeconds(20))));

        assertThat(projection.waitingIds()).isEmpty();
        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(12_001_000, 2, true, false));
        assertThat(projection.effects.targets).containsExactly(new Target("SN-A", 12_000_000));
    }

    @Test
    void T8_settlementsOfTheOldAndTheNewSerialCountTowardsTheOneDeposit() {
        projection.open("SN-A", START);
        projection.moved("SN-NEW", "SN-A");

        projection.fold(on(2, sale("SN-A", "old", 4_000, START.plusSeconds(10))),
                on(9, sale("SN-NEW", "new", 6_000, START.plusSeconds(20))));

        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(10_000, 2, false, false));
        assertThat(projection.countedIds("SN-A")).containsExactlyInAnyOrder("old", "new");
    }

    @Test
    void T8_settlementsWaitingBeforeARestartAreStillReleased() {
        projection.open("SN-A", START);
        projection.fold(on(2, sale("SN-NEW", "n1", 12_000_000, START.plusSeconds(10))));

        projection.restart();
        projection.moved("SN-NEW", "SN-A");
        projection.releaseWaiting();

        assertThat(projection.waitingIds()).isEmpty();
        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(12_000_000, 1, true, false));
    }

    @Test
    void T8_aSettlementWaitingForItsDepositToOpenIsReleasedOnceItHas() {
        projection.fold(on(2, sale("SN-A", "early", 5_000, START.plusSeconds(10))));
        assertThat(projection.waitingIds()).containsExactly("early");

        projection.open("SN-A", START);
        projection.releaseWaiting();

        assertThat(projection.waitingIds()).isEmpty();
        assertThat(projection.volume("SN-A")).isEqualTo(new VolumeRow(5_000, 1, false, false));
    }

    @Test
    void D5_aSaleThatWaitedForItsSerialAcrossTheClosureOfItsPartitionCountsAsInARebuildThatKnewTheSerial() {
        TransactionSettled n1 = sale("SN-NEW", "n1", 30_000, END.minus(Duration.ofHours(1)));
        projection.open("SN-A", START);
        projection.fold(on(2, n1), on(2, closed(END_DATE)));
        projection.moved("SN-NEW", "SN-A");
        projection.releaseWaiting();

        Projection rebuilt = newProjection();
        rebuilt.open("SN-A", START);
        rebuilt.moved("SN-NEW", "SN-A");
        rebuilt.fold(on(2, n1), on(2, closed(END_DATE)));

        assertThat(rebuilt.volume("SN-A").fen()).isEqualTo(30_000);
        assertThat(projection.volume("SN-A")).isEqualTo(rebuilt.volume("SN-A"));
    }

    @Test
    void D4_aSaleReadAfterTheClosureOfItsPartitionDoesNotCountAfterWaitingForItsSerialEither() {
        projection.open("SN-A", START);
        projection.fold(on(2, closed(END_DATE)), on(2, sale("SN-NEW", "n1", 30_000, END.minus(Duration.ofHours(1)))));
        projection.restart();
        projection.moved("SN-NEW", "SN-A");
        projection.releaseWaiting();

        assertThat(projection.waitingIds()).isEmpty();
        assertThat(projection.volume("SN-A").fen()).isZero();
    }

    // the fixture

    private Projection newProjection() {
        Projection p = new Projection();
        opened.add(p);
        return p;
    }

    private static VolumeFold.Item on(int partition, IntegrationEvent event) {
        return new VolumeFold.Item(partition, event);
    }

    private static SettlementDayClosed closed(LocalDate businessDate) {
        return new SettlementDayClosed(businessDate, businessDate.plusDays(1).atTime(2, 0).atZone(SHANGHAI).toInstant());
    }

    private static DepositCollected collected(String serial, String swipeId, Instant capturedAt) {
        return new DepositCollected(swipeId, serial, MERCHANT_NO, DeviceModel.ESIGN, 9_900, capturedAt);
    }

    private static TransactionSettled sale(String serial, String transactionId, long amountFen, Instant capturedAt) {
        return card(serial, transactionId, amountFen, capturedAt, CardType.CREDIT);
    }

    private static TransactionSettled card(String serial, String transactionId, long amountFen, Instant capturedAt,
                                           CardType cardType) {
        return settled(serial, transactionId, TransactionType.SALE, PaymentChannel.CARD, cardType, null, amountFen,
                capturedAt);
    }

    private static TransactionSettled qr(String serial, String transactionId, long amountFen, Instant capturedAt,
                                         Wallet wallet) {
        return settled(serial, transactionId, TransactionType.SALE, PaymentChannel.QR, null, wallet, amountFen,
                capturedAt);
    }

    /** A REFUND settles with a negative amount (and fees) against the SALE it refunds. */
    private static TransactionSettled refund(String serial, String transactionId, long amountFen, Instant capturedAt,
                                             String originalTransactionId) {
        long fee = amountFen * 60 / 10_000;
        LocalDate businessDate = capturedAt.atZone(SHANGHAI).toLocalDate();
        return new TransactionSettled(transactionId, serial, MERCHANT_NO, TransactionType.REFUND,
                PaymentChannel.CARD, CardType.CREDIT, null, amountFen, fee, 0, amountFen - fee, capturedAt,
                businessDate, businessDate.plusDays(1), SettlementSpeed.T1, originalTransactionId);
    }

    /** Settled T1 at 0.60%, as settlement publishes it: fees consistent, cardType for CARD only. */
    private static TransactionSettled settled(String serial, String transactionId, TransactionType type,
                                              PaymentChannel channel, CardType cardType, Wallet wallet,
                                              long amountFen, Instant capturedAt) {
        long fee = amountFen * 60 / 10_000;
        LocalDate businessDate = capturedAt.atZone(SHANGHAI).toLocalDate();
        return new TransactionSettled(transactionId, serial, MERCHANT_NO, type, channel, cardType, wallet, amountFen,
                fee, 0, amountFen - fee, capturedAt, businessDate, businessDate.plusDays(1), SettlementSpeed.T1,
                null);
    }

    record VolumeRow(long fen, long count, boolean targetReached, boolean windowClosed) {
    }

    record DayRow(long fen, long count) {
    }

    record Target(String depositId, long volumeFen) {
    }

    record Closure(LocalDate businessDate, List<String> depositIds) {
    }

    /** The terms a deposit opens with in this test, as the configured policy would give them. */
    record Policy(long targetFen, Qualifying qualifying) {
    }

    /** One projection: its own in-memory database, tables, store, effects and fold. */
    private static final class Projection {

        private final JdbcDataSource dataSource = new JdbcDataSource();
        private final JdbcTemplate jdbc;
        private final VolumeStore store;
        private final RecordingEffects effects;
        private VolumeFold fold;

        Projection() {
            dataSource.setURL("jdbc:h2:mem:fold-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            jdbc = new JdbcTemplate(dataSource);
            new ProjectionSchema(jdbc);
            // JPA owns it in the service (T8: the serial a deposit moved to)
            jdbc.execute("CREATE TABLE deposit_terminal (serial_number VARCHAR(64) PRIMARY KEY, "
                    + "deposit_id VARCHAR(64))");
            store = new VolumeStore(jdbc, ProjectionTables.LIVE);
            effects = new RecordingEffects(jdbc);
            restart();
        }

        /** A new fold on the same tables, as after a restart of the service: only what is stored is kept. */
        void restart() {
            fold = new VolumeFold(store, effects, effects.closedThroughByPartition(), store.waitingSerials(),
                    BusinessDay.SHANGHAI);
        }

        /** Opens deposit {@code serial} with the default policy; returns the deposit swipe's transaction id. */
        String open(String serial, Instant capturedAt) {
            return open(serial, capturedAt, TARGET_FEN, Qualifying.ALL_SALES);
        }

        String open(String serial, Instant capturedAt, long targetFen, Qualifying qualifying) {
            String swipe = "swipe-" + serial;
            effects.policies.put(serial, new Policy(targetFen, qualifying));
            fold(on(0, collected(serial, swipe, capturedAt)));
            return swipe;
        }

        /** T8: the deposit moved to {@code serial}. */
        void moved(String serial, String depositId) {
            jdbc.update("INSERT INTO deposit_terminal (serial_number, deposit_id) VALUES (?, ?)", serial, depositId);
        }

        void fold(VolumeFold.Item... items) {
            fold(Arrays.asList(items));
        }

        void fold(List<VolumeFold.Item> items) {
            fold.apply(items);
        }

        void releaseWaiting() {
            fold.releaseWaiting();
        }

        VolumeRow volume(String depositId) {
            return allVolumes().get(depositId);
        }

        Map<String, VolumeRow> allVolumes() {
            Map<String, VolumeRow> rows = new HashMap<>();
            jdbc.query("SELECT deposit_id, volume_fen, transaction_count, target_reached, window_closed "
                    + "FROM deposit_volume", rs -> {
                rows.put(rs.getString(1), new VolumeRow(rs.getLong(2), rs.getLong(3), rs.getBoolean(4),
                        rs.getBoolean(5)));
            });
            return rows;
        }

        /** The daily buckets as the projection answers them: from the dedup rows while open, summed once closed. */
        Map<LocalDate, DayRow> days(String depositId) {
            Map<LocalDate, DayRow> rows = new HashMap<>();
            new VolumeStore(jdbc, ProjectionTables.LIVE).days(depositId,
                    (id, date, volumeFen, count) -> rows.put(date, new DayRow(volumeFen, count)));
            return rows;
        }

        Map<String, DayRow> allDays() {
            Map<String, DayRow> rows = new HashMap<>();
            new VolumeStore(jdbc, ProjectionTables.LIVE).days(null,
                    (id, date, volumeFen, count) -> rows.put(id + " " + date, new DayRow(volumeFen, count)));
            return rows;
        }

        List<String> countedIds(String depositId) {
            return jdbc.queryForList("SELECT transaction_id FROM deposit_counted WHERE deposit_id = ? "
                    + "ORDER BY transaction_id", String.class, depositId);
        }

        Set<String> allCounted() {
            Set<String> rows = new HashSet<>();
            jdbc.query("SELECT transaction_id, deposit_id FROM deposit_counted", rs -> {
                rows.add(rs.getString(1) + "@" + rs.getString(2));
            });
            return rows;
        }

        List<String> waitingIds() {
            return jdbc.queryForList("SELECT transaction_id FROM deposit_waiting ORDER BY id", String.class);
        }

        void shutDown() {
            jdbc.execute("SHUTDOWN");
        }
    }

    /**
     * The effects of a fold, recorded. DepositCollected writes the deposit's terms as DepositTermsProjection
     * does when the Deposit opens; closures are tracked per partition as the rebuild's replay does.
     */
    private static final class RecordingEffects implements VolumeFold.Effects {

        private final JdbcTemplate jdbc;
        private final Map<String, Policy> policies = new HashMap<>();
        private final Map<LocalDate, Set<Integer>> closedOn = new HashMap<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<Closure> closures = new ArrayList<>();
        private final List<VolumeFold.Outcome> outcomes = new ArrayList<>();

        RecordingEffects(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** What a restarted fold is given: the latest date closed on each partition. */
        Map<Integer, LocalDate> closedThroughByPartition() {
            Map<Integer, LocalDate> through = new HashMap<>();
            closedOn.forEach((date, partitions) -> partitions.forEach(p ->
                    through.merge(p, date, (a, b) -> a.isAfter(b) ? a : b)));
            return through;
        }

        @Override
        public void depositCollected(DepositCollected collected) {
            Policy policy = policies.getOrDefault(collected.serialNumber(),
                    new Policy(TARGET_FEN, Qualifying.ALL_SALES));
            DepositWindow window = DepositWindow.startingAt(collected.capturedAt(), WINDOW);
            Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM deposit_terms WHERE deposit_id = ?",
                    Integer.class, collected.serialNumber());
            if (known != null && known > 0) {
                return;
            }
            jdbc.update("INSERT INTO deposit_terms (deposit_id, deposit_transaction_id, window_start, window_end, "
                            + "window_end_date, target_fen, qualifying) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    collected.serialNumber(), collected.transactionId(), VolumeStore.nanos(window.start()),
                    VolumeStore.nanos(window.end()), window.endBusinessDate(BusinessDay.SHANGHAI), policy.targetFen(),
                    policy.qualifying().name());
        }

        @Override
        public boolean dayClosed(int partition, LocalDate businessDate) {
            Set<Integer> seen = closedOn.computeIfAbsent(businessDate, d -> new HashSet<>());
            return seen.add(partition) && seen.size() == PARTITIONS;
        }

        @Override
        public void windowsClosed(LocalDate businessDate, List<String> depositIds) {
            closures.add(new Closure(businessDate, List.copyOf(depositIds)));
        }

        @Override
        public void targetReached(String depositId, long qualifyingVolumeFen) {
            targets.add(new Target(depositId, qualifyingVolumeFen));
        }

        @Override
        public void counted(VolumeFold.Outcome outcome) {
            outcomes.add(outcome);
        }
    }
}
