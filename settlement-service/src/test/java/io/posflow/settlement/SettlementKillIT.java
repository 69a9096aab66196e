package io.posflow.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.PayoutCompleted;
import io.posflow.contracts.settlement.PayoutFailed;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.CardSummary;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionCaptured;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.testing.KillAtRandom;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.ServiceProcess;
import io.posflow.platform.testing.SteadyLoad;
import io.posflow.platform.testing.TopicRecorder;
import io.posflow.settlement.domain.calendar.DailyRunTime;
import io.posflow.settlement.domain.calendar.SettlementCalendar;
import io.posflow.settlement.config.HolidayCalendarFile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issues 12 and 13 for settlement-service: a TransactionCaptured the broker acknowledged onto
 * {@code terminal.transactions.v1} is settled exactly once — never lost, never twice (D5, S2) — although
 * settlement is killed with {@code kill -9} at random moments while it records the stream, and again in the
 * middle of its busiest work, the daily T+1 run (S2) and the publishing of what the run settled.
 *
 * <p>settlement-service runs as its own JVM on H2 files. A few T1 merchants are onboarded through
 * {@code onboarding.merchants.v1}; then two producers, playing terminal-service, send a steady stream of small
 * CREDIT card SALEs of one business date with {@code acks=all}, each send waiting for the broker's
 * acknowledgement: the acknowledged sales are the items. The JVM is killed while it is recording them (records
 * coming in, some acknowledged ones not recorded yet) and restarted with the same command line. Once every
 * sale is recorded, the simulation clock is moved to the run of the next business day; the run (one due-work
 * transaction: S8 clearing check, every SettleTransaction, the date closings, the S6 payouts) is killed part-way
 * through its settlements, and the restarted service's run is killed again while its TransactionSettled are
 * being published.
 *
 * <p>Afterwards every acknowledged sale is on {@code settlement.transactions.v1} as exactly one TransactionSettled
 * (one event id; the publisher may re-send the same event after a kill, consumers drop those by {@code ce_id}),
 * with the S1 fee and the run's date; each merchant is paid once, the sum of its nets (S6); the restarted
 * service answers its statements (the settled lines and totals) and the ledger's trial balance (S9) with
 * exactly those figures.
 */
class SettlementKillIT {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    /**
     * For the stream and the run: the run settles everything in one transaction and the publisher then sends each
     * record waiting for its ack, which on a busy two-core machine takes minutes for a few thousand sales.
     */
    private static final Duration RUN_DEADLINE = Duration.ofMinutes(5);
    private static final int MERCHANTS = 6;
    private static final int SERIALS_PER_MERCHANT = 2;
    /** Two producers, as fast as the broker acknowledges, never far ahead of what settlement has recorded. */
    private static final int CLIENTS = 2;
    /**
     * The producers never run more than this many sales ahead of what settlement has recorded, as terminals'
     * pace is bounded by their customers: the stream stays steady on a slow (or busy) machine instead of piling
     * up a backlog that settlement would only work off after the kills.
     */
    private static final int AHEAD = 200;
    /**
     * A ceiling per kill while recording (3,000 with CI's three), so that a fast machine does not turn the run into
     * tens of thousands of settlements, while a longer run keeps the stream going through every kill.
     */
    private static final long MAX_SALES_PER_KILL = 1_000;
    /**
     * At least this many, so that "none lost" is counted over a thousand or more with CI's three kills; longer runs
     * ({@code -Dposflow.chaos.kills}) keep the stream going through every kill and count thousands.
     */
    private static final int MIN_SALES = 1_000;

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DailyRunTime RUN_TIME = new DailyRunTime(LocalTime.of(2, 0), SHANGHAI);
    private static final List<TopicDefinition> CONSUMED = List.of(Topics.ONBOARDING_MERCHANTS,
            Topics.TERMINAL_TERMINALS, Topics.TERMINAL_TRANSACTIONS, Topics.DEPOSIT_DEPOSITS);
    private static final String SETTLED = EventCatalogue.byClass(TransactionSettled.class).ceType();
    private static final String PAYOUT_COMPLETED = EventCatalogue.byClass(PayoutCompleted.class).ceType();
    private static final String PAYOUT_FAILED = EventCatalogue.byClass(PayoutFailed.class).ceType();
    /** Spring Data's count of UnpaidSettlementRepository.save: one per TransactionSettled applied, committed or not. */
    private static final Pattern UNPAID_SAVES = Pattern.compile(
            "spring_data_repository_invocations_seconds_count\\{[^}]*method=\"save\",repository=\"UnpaidSettlementRepository\""
                    + "[^}]*} ([0-9.E]+)");
    private static final IntegrationEventCodec WIRE = new IntegrationEventCodec();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Kept under target/ so that a failed run's service log and database can be read. */
    private final Path data = Path.of("target", "kill-it", "settlement-" + System.currentTimeMillis());

    @Test
    void everyAcknowledgedSaleSettlesExactlyOnceThoughSettlementIsKilledWhileRecordingAndInTheMiddleOfItsRun()
            throws Exception {
        Instant began = Instant.now();
        SettlementCalendar calendar = HolidayCalendarFile.read(
                SettlementKillIT.class.getResourceAsStream("/calendar/cn-2026-2027.yml"), "cn-2026-2027.yml");
        // The owners create these; they exist before settlement subscribes.
        CONSUMED.forEach(t -> RealKafka.ensureTopics(t.partitions(), t.name()));
        String group = "posflow.settlement.kill-it-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()));
             KafkaProducer<String, byte[]> producer = producer()) {
            // The broker is shared with the other settlement ITs: this service's own consumer group starts where
            // the consumed topics end now, so it reads this test's records only, and its fresh database settles
            // nothing but them.
            Map<TopicPartition, Long> start = endOffsets(admin);
            admin.alterConsumerGroupOffsets(group, start.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> new OffsetAndMetadata(e.getValue())))).all().get();
            // The killed JVM's consumer never leaves its group: with Kafka's default 45 s session the restarted
            // one would wait that long for its partitions at every restart. A shorter session changes when
            // settlement consumes again, not what it does with a record.
            try (ServiceProcess settlement = ServiceProcess.ofThisModule("settlement", data,
                    "--spring.kafka.consumer.group-id=" + group,
                    "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                    "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000")) {
                settlement.start();
                killWhileRecordingAndInTheRun(settlement, calendar, admin, producer, group, start, began);
            }
        }
    }

    private void killWhileRecordingAndInTheRun(ServiceProcess settlement, SettlementCalendar calendar, Admin admin,
                     KafkaProducer<String, byte[]> producer, String group, Map<TopicPartition, Long> start,
                     Instant began) throws Exception {
        // One business date for every sale, its run the next business day (S2: weekends and holidays skipped).
        Instant now = Instant.parse(get(settlement, "/api/v1/simulation/clock").path("instant").asText());
        LocalDate businessDate = LocalDate.ofInstant(now, SHANGHAI);
        Instant lateEvening = businessDate.atTime(22, 0).atZone(SHANGHAI).toInstant();
        Instant capturedFrom = now.isBefore(lateEvening) ? now : lateEvening;
        LocalDate runDate = calendar.nextRunDayAfter(businessDate);

        Map<String, String> merchantOfSerial = new HashMap<>();
        List<String> merchants = new ArrayList<>();
        for (int m = 0; m < MERCHANTS; m++) {
            String merchantNo = SettlementTestEvents.anyMerchantNo();
            merchants.add(merchantNo);
            publish(producer, Topics.ONBOARDING_MERCHANTS.name(),
                    SettlementTestEvents.merchantOnboarded(merchantNo, SettlementSpeed.T1), UUID.randomUUID().toString());
            for (int s = 0; s < SERIALS_PER_MERCHANT; s++) {
                merchantOfSerial.put(SettlementTestEvents.anySerialNumber(), merchantNo);
            }
        }
        for (String merchantNo : merchants) {
            await().atMost(DEADLINE).failFast("settlement-service died", () -> !settlement.isAlive())
                    .until(() -> status(settlement, "/api/v1/merchants/" + merchantNo + "/statements?date=" + businessDate)
                            == 200);
        }

        long seed = KillAtRandom.seed();
        KillAtRandom chaos = new KillAtRandom(settlement, seed);
        Random moments = new Random(seed);
        List<String> serials = List.copyOf(merchantOfSerial.keySet());
        List<String> killedDuring = new ArrayList<>();
        List<KillAtRandom.Report> reports = new ArrayList<>();
        Set<Sale> acknowledged;
        try (Recording recording = new Recording(admin, group, start);
             Downstream downstream = new Downstream(Set.copyOf(serials), Set.copyOf(merchants))) {

            // Issue 12: kills while settlement records the stream — records coming in in the last half second and
            // acknowledged sales not recorded yet.
            Terminals terminals = new Terminals(producer, serials, merchantOfSerial, capturedFrom, recording);
            int whileRecording = KillAtRandom.kills(3);
            SteadyLoad<Sale> load = SteadyLoad.start(i -> terminals, CLIENTS, MAX_SALES_PER_KILL * whileRecording,
                    Duration.ZERO);
            reports.add(chaos.run(whileRecording, Duration.ofSeconds(3), Duration.ofSeconds(8), () -> {
                long before = recording.recorded();
                pause(Duration.ofMillis(500));
                long after = recording.recorded();
                long unrecorded = terminals.acknowledged.get() - after;
                if (after <= before || unrecorded <= 0) {
                    return false;
                }
                killedDuring.add("recording: %d recorded in the last 0.5 s, %d acknowledged not recorded yet"
                        .formatted(after - before, unrecorded));
                return true;
            }));
            await().atMost(RUN_DEADLINE).failFast("settlement-service died", () -> !settlement.isAlive())
                    .until(() -> load.acknowledgedCount() >= MIN_SALES);
            load.finish(Duration.ofSeconds(30));
            acknowledged = load.acknowledged();
            Map<String, Sale> byId = acknowledged.stream().collect(Collectors.toMap(Sale::transactionId, s -> s));
            downstream.expect(byId.keySet());
            // Every record on the topics is recorded (its offset committed after its transaction) before the run.
            await().atMost(RUN_DEADLINE).failFast("settlement-service died", () -> !settlement.isAlive())
                    .until(recording::caughtUp);

            // Issue 13: the daily run of runDate (S2) — one due-work transaction: the S8 clearing check, every
            // SettleTransaction, the date closings and the S6 payouts — killed part-way through its settlements, at
            // a random share of the work. The run logs its line at its end, still inside the transaction: while the
            // line is missing, nothing of the run has committed.
            int total = acknowledged.size();
            long payees = acknowledged.stream().map(Sale::merchantNo).distinct().count();
            double share = 0.1 + 0.7 * moments.nextDouble();
            double savesBefore = unpaidSaves(settlement);
            long logBefore = Files.size(settlement.log());
            String runLine = "Settlement run " + runDate + ": ";
            put(settlement, "/api/v1/simulation/clock", Map.of("instant", RUN_TIME.on(runDate).toString()));
            await().atMost(RUN_DEADLINE).pollInterval(Duration.ofMillis(100))
                    .failFast("settlement-service died", () -> !settlement.isAlive())
                    .until(() -> unpaidSaves(settlement) - savesBefore >= share * total
                            || logSince(settlement, logBefore).contains(runLine));
            reports.add(chaos.run(1, Duration.ZERO, Duration.ofMillis(1), () -> {
                long settledSoFar = (long) (unpaidSaves(settlement) - savesBefore);
                killedDuring.add(logSince(settlement, logBefore).contains(runLine)
                        ? "the run: at its end, all %d settled, %d published (later than aimed at)".formatted(total,
                        downstream.settledCount())
                        : "the run: %d of %d sales settled in its uncommitted transaction, %d published".formatted(
                        settledSoFar, total, downstream.settledCount()));
                return true;
            }));

            // ... and the restarted service's run killed again while what it settled is being published (the
            // integration publisher: one tracking segment, its token moving only past acknowledged records).
            double publishedShare = 0.05 + 0.6 * moments.nextDouble();
            await().atMost(RUN_DEADLINE).pollInterval(Duration.ofMillis(50))
                    .failFast("settlement-service died", () -> !settlement.isAlive())
                    .until(() -> downstream.settledCount() >= publishedShare * total);
            reports.add(chaos.run(1, Duration.ZERO, Duration.ofMillis(1), () -> {
                int seen = downstream.settledCount();
                killedDuring.add(seen < total
                        ? "publishing the run: %d of %d TransactionSettled on the topic".formatted(seen, total)
                        : "after the run: all %d TransactionSettled on the topic (later than aimed at)".formatted(total));
                return true;
            }));

            try {
                await().atMost(RUN_DEADLINE).failFast("settlement-service died", () -> !settlement.isAlive())
                        .until(() -> downstream.settledCount() == total
                                && downstream.paidMerchants() == payees);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // reported below, sale by sale
            }

            Map<String, Map<String, JsonNode>> settled = downstream.settled();
            List<String> lost = byId.keySet().stream().filter(id -> !settled.containsKey(id)).sorted().toList();
            List<String> twice = byId.keySet().stream().filter(id -> settled.getOrDefault(id, Map.of()).size() > 1)
                    .sorted().toList();
            List<String> wrong = byId.values().stream().filter(s -> settled.containsKey(s.transactionId()))
                    .map(s -> wrong(s, settled.get(s.transactionId()).values().iterator().next(), businessDate, runDate))
                    .filter(w -> w != null).sorted().toList();
            Set<String> unexpected = settled.keySet().stream().filter(id -> !byId.containsKey(id))
                    .collect(Collectors.toSet());
            Map<String, Long> netByMerchant = new HashMap<>();
            byId.values().forEach(s -> netByMerchant.merge(s.merchantNo(), s.amountFen() - fee(s.amountFen()), Long::sum));
            Map<String, Map<String, JsonNode>> payouts = downstream.payouts();
            List<String> payoutProblems = merchants.stream()
                    .map(m -> payoutProblem(m, payouts.getOrDefault(m, Map.of()), runDate, netByMerchant.get(m)))
                    .filter(p -> p != null).toList();
            List<Integer> runs = runLines(settlement, runDate);
            Duration took = Duration.between(began, Instant.now());
            int kills = reports.stream().mapToInt(KillAtRandom.Report::kills).sum();

            System.out.printf("SettlementKillIT: %d sales acknowledged by the broker; %d kill(s) %s; killed during %s; "
                            + "found settled %d, lost %d, settled twice %d (re-sent copies under the same ce_id: %d), "
                            + "wrong %d, unexpected %d; runs of %s logged %s settled; %d merchants paid, payout "
                            + "problems %d, payouts failed %d; %.1f s%n",
                    total, kills, reports, killedDuring, total - lost.size(), lost.size(), twice.size(),
                    downstream.resent(), wrong.size(), unexpected.size(), runDate, runs, downstream.paidMerchants(),
                    payoutProblems.size(), downstream.payoutsFailed(), took.toMillis() / 1000.0);

            assertThat(lost.size()).as("acknowledged sales without a TransactionSettled on settlement.transactions.v1, "
                    + "first 20: " + lost.stream().limit(20).toList() + "; settlement's log:\n" + settlement.tail())
                    .isZero();
            assertThat(twice).as("sales settled more than once (TransactionSettled under distinct ce_id)").isEmpty();
            assertThat(wrong).as("settled other than S1/S2 call for").isEmpty();
            assertThat(unexpected).as("settled sales no producer sent").isEmpty();
            assertThat(payoutProblems).as("S6: each merchant paid once, the sum of its nets").isEmpty();
            assertThat(downstream.payoutsFailed()).as("payouts failed").isZero();
            // The killed run committed nothing (one transaction); the run that finished settled every sale.
            assertThat(runs).as("'Settlement run %s: N transactions settled' lines", runDate).isNotEmpty()
                    .allMatch(n -> n == total);
            assertThat(kills).isEqualTo(whileRecording + 2);
            assertThat(settlement.starts()).isEqualTo(kills + 1);
            assertThat(killedDuring).as("every kill landed while work was in flight").hasSize(kills);
            assertThat(killedDuring).as("issue 13: a kill inside the run's transaction or while it was published")
                    .anyMatch(k -> k.startsWith("the run: ") && k.contains("uncommitted")
                            || k.startsWith("publishing the run: "));

            // The restarted service answers, with exactly these figures: each merchant's statement of the run date
            // lists its settled sales once, with their totals and the payout (S6) ...
            for (String merchantNo : merchants) {
                List<Sale> own = byId.values().stream().filter(s -> s.merchantNo().equals(merchantNo)).toList();
                long amount = own.stream().mapToLong(Sale::amountFen).sum();
                JsonNode statement = await().atMost(DEADLINE)
                        .until(() -> get(settlement, "/api/v1/merchants/" + merchantNo + "/statements?date=" + runDate),
                                s -> s.path("settled").size() == own.size()
                                        && s.path("payouts").size() == (own.isEmpty() ? 0 : 1));
                assertThat(statement.path("settledTotals").path("amountFen").asLong()).isEqualTo(amount);
                assertThat(statement.path("settledTotals").path("netFen").asLong()).isEqualTo(netByMerchant.get(merchantNo));
                assertThat(statement.path("settled").findValuesAsText("transactionId")).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(own.stream().map(Sale::transactionId).toList());
            }
            // ... and the ledger (S9) posted each settlement and each payout once: its database holds nothing else.
            long amount = byId.values().stream().mapToLong(Sale::amountFen).sum();
            long fees = byId.values().stream().mapToLong(s -> fee(s.amountFen())).sum();
            JsonNode balance = await().atMost(DEADLINE).until(() -> get(settlement, "/api/v1/ops/ledger/trial-balance"),
                    b -> account(b, "CLEARING").path("creditFen").asLong() == amount - fees);
            assertThat(balance.path("balanced").asBoolean()).isTrue();
            assertThat(account(balance, "CLEARING").path("debitFen").asLong()).isEqualTo(amount);
            assertThat(account(balance, "FEE_REVENUE").path("creditFen").asLong()).isEqualTo(fees);
            assertThat(account(balance, "MERCHANT_PAYABLE").path("creditFen").asLong()).isEqualTo(amount - fees);
            assertThat(account(balance, "MERCHANT_PAYABLE").path("debitFen").asLong()).isEqualTo(amount - fees);
            assertThat(status(settlement, "/api/v1/merchants/822110054100000/statements?date=" + runDate))
                    .isEqualTo(404);
        }
    }

    /** S1 CREDIT: 0.60% of the whole amount, half-up to the fen. */
    private static long fee(long amountFen) {
        return (amountFen * 60 + 5_000) / 10_000;
    }

    /** What is wrong with a sale's TransactionSettled, or null. */
    private static String wrong(Sale sale, JsonNode settled, LocalDate businessDate, LocalDate runDate) {
        long fee = fee(sale.amountFen());
        boolean right = settled.path("amountFen").asLong() == sale.amountFen()
                && settled.path("mdrFeeFen").asLong() == fee
                && settled.path("surchargeFen").asLong() == 0
                && settled.path("netFen").asLong() == sale.amountFen() - fee
                && settled.path("merchantNo").asText().equals(sale.merchantNo())
                && settled.path("serialNumber").asText().equals(sale.serialNumber())
                && settled.path("businessDate").asText().equals(businessDate.toString())
                && settled.path("settlementDate").asText().equals(runDate.toString())
                && settled.path("speed").asText().equals("T1");
        return right ? null : sale + " settled as " + settled;
    }

    /** S6: one payout (one event id) SETTLEMENT:<merchantNo>:<runDate> of the merchant's settled nets; or what is wrong. */
    private static String payoutProblem(String merchantNo, Map<String, JsonNode> completed, LocalDate runDate,
                                        Long net) {
        if (net == null) {
            return completed.isEmpty() ? null : merchantNo + " sold nothing and was paid " + completed.values();
        }
        if (completed.size() != 1) {
            return merchantNo + " has " + completed.size() + " PayoutCompleted: " + completed.values();
        }
        JsonNode payout = completed.values().iterator().next();
        if (!payout.path("payoutId").asText().equals("SETTLEMENT:" + merchantNo + ":" + runDate)
                || payout.path("amountFen").asLong() != net) {
            return merchantNo + " paid " + payout + ", its nets " + net;
        }
        return null;
    }

    /** The N of each "Settlement run <runDate>: N transactions settled" line the service logged, in every start. */
    private static List<Integer> runLines(ServiceProcess service, LocalDate runDate) {
        Matcher m = Pattern.compile("Settlement run " + runDate + ": (\\d+) transactions settled").matcher(log(service));
        List<Integer> settled = new ArrayList<>();
        while (m.find()) {
            settled.add(Integer.parseInt(m.group(1)));
        }
        return settled;
    }

    private static JsonNode account(JsonNode trialBalance, String account) {
        for (JsonNode a : trialBalance.path("accounts")) {
            if (account.equals(a.path("account").asText())) {
                return a;
            }
        }
        return JSON.missingNode();
    }

    /**
     * One sale as terminal-service publishes it, under one event id however often it is sent; acknowledged by the
     * broker, it must be settled exactly once.
     */
    private record Sale(String transactionId, String eventId, String serialNumber, String merchantNo, long amountFen,
                        Instant capturedAt) {
    }

    /**
     * terminal-service's side: small CREDIT card SALEs of the merchants' terminals, each under a new transaction
     * id and its own event id, acknowledged once the broker has it (acks=all). No amount ends in 77 fen, the
     * simulated switch's test value for a clearing discrepancy (S8): every sale is clearable.
     */
    private static final class Terminals implements SteadyLoad.Work<Sale> {

        private final KafkaProducer<String, byte[]> producer;
        private final List<String> serials;
        private final Map<String, String> merchantOfSerial;
        private final Instant capturedFrom;
        private final Recording recording;
        private final AtomicLong sequence = new AtomicLong();
        final AtomicLong acknowledged = new AtomicLong();

        Terminals(KafkaProducer<String, byte[]> producer, List<String> serials, Map<String, String> merchantOfSerial,
                  Instant capturedFrom, Recording recording) {
            this.producer = producer;
            this.serials = serials;
            this.merchantOfSerial = merchantOfSerial;
            this.capturedFrom = capturedFrom;
            this.recording = recording;
        }

        @Override
        public Sale next() {
            String serial = serials.get(ThreadLocalRandom.current().nextInt(serials.size()));
            long amount = 100 + ThreadLocalRandom.current().nextInt(20_000);
            if (amount % 100 == 77) {
                amount++;
            }
            // One business date: a millisecond apart, a few seconds in all.
            return new Sale("tx-" + UUID.randomUUID(), UUID.randomUUID().toString(), serial,
                    merchantOfSerial.get(serial), amount, capturedFrom.plusMillis(sequence.getAndIncrement()));
        }

        @Override
        public SteadyLoad.Answer send(Sale sale) throws Exception {
            while (acknowledged.get() - recording.recorded() >= AHEAD) {
                pause(Duration.ofMillis(20));
            }
            TransactionCaptured captured = new TransactionCaptured(sale.transactionId(), sale.serialNumber(),
                    sale.merchantNo(), TransactionType.SALE, TransactionPurpose.SALE, PaymentChannel.CARD,
                    CardType.CREDIT, null, new CardSummary("625807", "7896"), sale.amountFen(), sale.capturedAt(),
                    LocalDate.ofInstant(sale.capturedAt(), SHANGHAI), null, null, "fp-customer-card",
                    ApplicantType.PERSONAL, SettlementSpeed.T1, sale.capturedAt());
            publish(producer, Topics.TERMINAL_TRANSACTIONS.name(), captured, sale.eventId());
            acknowledged.incrementAndGet();
            return SteadyLoad.Answer.ACKNOWLEDGED;
        }
    }

    /**
     * How far settlement has recorded the consumed topics: its consumer group's committed offsets (committed
     * after each record's transaction), kept current by a background thread.
     */
    private static final class Recording implements AutoCloseable {

        private final Admin admin;
        private final String group;
        private final Map<TopicPartition, Long> start;
        private final AtomicLong recorded = new AtomicLong();
        private final AtomicBoolean watching = new AtomicBoolean(true);
        private final Thread watcher;
        private volatile Map<TopicPartition, Long> committed = Map.of();

        Recording(Admin admin, String group, Map<TopicPartition, Long> start) {
            this.admin = admin;
            this.group = group;
            this.start = start;
            this.watcher = new Thread(() -> {
                while (watching.get()) {
                    try {
                        Map<TopicPartition, Long> offsets = new HashMap<>();
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                                .forEach((tp, o) -> offsets.put(tp, o == null ? start.get(tp) : o.offset()));
                        committed = offsets;
                        recorded.set(offsets.entrySet().stream()
                                .filter(e -> e.getKey().topic().equals(Topics.TERMINAL_TRANSACTIONS.name()))
                                .mapToLong(e -> e.getValue() - start.getOrDefault(e.getKey(), 0L)).sum());
                    } catch (Exception e) {
                        // the broker is busy: count again
                    }
                    pause(Duration.ofMillis(200));
                }
            }, "recording-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        /** Records of terminal.transactions.v1 settlement has recorded since the test began. */
        long recorded() {
            return recorded.get();
        }

        /** Every record now on the consumed topics is recorded. */
        boolean caughtUp() throws Exception {
            Map<TopicPartition, Long> ends = endOffsets(admin);
            Map<TopicPartition, Long> seen = committed;
            return ends.entrySet().stream().allMatch(e -> seen.getOrDefault(e.getKey(), start.get(e.getKey()))
                    >= e.getValue());
        }

        @Override
        public void close() throws InterruptedException {
            watching.set(false);
            watcher.join();
        }
    }

    /**
     * What settlement published for this test's terminals and merchants, read as an outside consumer would by a
     * background thread: TransactionSettled by transaction id, PayoutCompleted by merchant, each by event id.
     */
    private static final class Downstream implements AutoCloseable {

        private final TopicRecorder recorder = new TopicRecorder(RealKafka.bootstrapServers(),
                Topics.SETTLEMENT_TRANSACTIONS.name(), Topics.SETTLEMENT_PAYOUTS.name());
        private final Set<String> serials;
        private final Set<String> merchants;
        private final Map<String, Map<String, JsonNode>> settled = new ConcurrentHashMap<>();
        private final Map<String, Map<String, JsonNode>> payouts = new ConcurrentHashMap<>();
        private final AtomicLong resent = new AtomicLong();
        private final AtomicLong payoutsFailed = new AtomicLong();
        private volatile Set<String> expected = Set.of();
        private final AtomicBoolean reading = new AtomicBoolean(true);
        private final Thread reader;

        Downstream(Set<String> serials, Set<String> merchants) {
            this.serials = serials;
            this.merchants = merchants;
            this.reader = new Thread(() -> {
                int read = 0;
                while (reading.get()) {
                    List<ConsumerRecord<String, byte[]>> all = recorder.records();
                    for (ConsumerRecord<String, byte[]> record : all.subList(read, all.size())) {
                        take(record);
                    }
                    read = all.size();
                }
            }, "downstream-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void take(ConsumerRecord<String, byte[]> record) {
            String type = TopicRecorder.header(record, "ce_type");
            String ceId = TopicRecorder.header(record, "ce_id");
            Map<String, Map<String, JsonNode>> into;
            String id;
            if (SETTLED.equals(type) && serials.contains(record.key())) {
                into = settled;
                id = json(record).path("transactionId").asText();
            } else if (PAYOUT_COMPLETED.equals(type) && merchants.contains(record.key())) {
                into = payouts;
                id = record.key();
            } else {
                if (PAYOUT_FAILED.equals(type) && merchants.contains(record.key())) {
                    payoutsFailed.incrementAndGet();
                }
                return;
            }
            if (into.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).putIfAbsent(ceId, json(record)) != null) {
                resent.incrementAndGet();
            }
        }

        void expect(Set<String> transactionIds) {
            expected = transactionIds;
        }

        /** Acknowledged sales with a TransactionSettled on the topic. */
        int settledCount() {
            Set<String> of = expected;
            return (int) settled.keySet().stream().filter(of::contains).count();
        }

        int paidMerchants() {
            return payouts.size();
        }

        Map<String, Map<String, JsonNode>> settled() {
            return Map.copyOf(settled);
        }

        Map<String, Map<String, JsonNode>> payouts() {
            return Map.copyOf(payouts);
        }

        long resent() {
            return resent.get();
        }

        long payoutsFailed() {
            return payoutsFailed.get();
        }

        @Override
        public void close() throws InterruptedException {
            reading.set(false);
            reader.join();
            recorder.close();
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (TopicDefinition topic : CONSUMED) {
            for (int p = 0; p < topic.partitions(); p++) {
                partitions.put(new TopicPartition(topic.name(), p), OffsetSpec.latest());
            }
        }
        return admin.listOffsets(partitions).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** The count of UnpaidSettlementRepository.save calls in the running JVM: TransactionSettled applied so far. */
    private static double unpaidSaves(ServiceProcess service) {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(
                            URI.create(service.baseUrl() + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = UNPAID_SAVES.matcher(metrics.body());
            return m.find() ? Double.parseDouble(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String log(ServiceProcess service) {
        return logSince(service, 0);
    }

    /** The service's log from byte {@code offset} on. */
    private static String logSince(ServiceProcess service, long offset) {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(service.log().toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void publish(KafkaProducer<String, byte[]> producer, String topic, IntegrationEvent event, String ceId)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.key(), WIRE.write(event));
        record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", EventCatalogue.of(event).ceType().getBytes(StandardCharsets.UTF_8));
        producer.send(record).get(); // the broker's acknowledgement: from now on it must never be lost
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static JsonNode get(ServiceProcess service, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static int status(ServiceProcess service, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void put(ServiceProcess service, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
