package io.posflow.settlement;

import io.micrometer.core.instrument.Counter;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.PayoutCompleted;
import io.posflow.contracts.settlement.PayoutFailed;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.terminal.TransactionCaptured;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import io.posflow.settlement.readmodel.state.ClosedSettlementDayRepository;
import io.posflow.settlement.usecase.DailySettlementRunWork;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.posflow.settlement.SettlementTestEvents.CODEC;
import static io.posflow.settlement.SettlementTestEvents.SHANGHAI;
import static io.posflow.settlement.SettlementTestEvents.activated;
import static io.posflow.settlement.SettlementTestEvents.anyMerchantNo;
import static io.posflow.settlement.SettlementTestEvents.anySerialNumber;
import static io.posflow.settlement.SettlementTestEvents.isType;
import static io.posflow.settlement.SettlementTestEvents.merchantOnboarded;
import static io.posflow.settlement.SettlementTestEvents.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * S6 settlement payouts on a real broker: one payout per merchant and run date after the T1 run, T0 sales paid
 * one by one at once, service fees (S4) deducted — and a bank outage during the run loses nothing and pays
 * nothing twice.
 */
class SettlementPayoutIT extends SettlementITSupport {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String PAYOUTS = Topics.SETTLEMENT_PAYOUTS.name();
    private static final String TRANSACTIONS = Topics.TERMINAL_TRANSACTIONS.name();
    private static final long DATA_CARD_FEE_FEN = 4_800;
    private static final int YEARS_AHEAD = 6;

    @Autowired
    ClosedSettlementDayRepository closedDays;

    /**
     * Other test classes share the broker and check the SettlementDayClosed of today's dates: this class works
     * years ahead, and moves the daily run there first so that the years between are not caught up.
     */
    @BeforeEach
    void yearsAheadOfOtherTestClasses() {
        if (closedDays.findTopByOrderByBusinessDateDesc().isEmpty()) { // no run yet in this context
            LocalDate start = calendar.nextRunDayAfter(
                    LocalDate.ofInstant(clock.instant(), SHANGHAI).plusYears(YEARS_AHEAD));
            dueWork.schedule(DailySettlementRunWork.KIND, DailySettlementRunWork.KEY, runTime.on(start), null);
            clock.moveTo(runTime.on(start).plusSeconds(60));
            await().atMost(DEADLINE).until(() -> closedDays.findTopByOrderByBusinessDateDesc().isPresent());
        }
    }

    @AfterEach
    void theBankIsBackUp() {
        bank(true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void S6_aBankOutageDuringTheRunIsRetriedUntilEveryFenIsPaidExactlyOnce() {
        // Three merchants sell today; the first also owes the data-card fee of a terminal activated today (S4).
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SHANGHAI);
        Map<String, List<Long>> sales = new LinkedHashMap<>();
        sales.put(anyMerchantNo(), List.of(100_000L, 250_000L, 12_345L));
        sales.put(anyMerchantNo(), List.of(9_999L));
        sales.put(anyMerchantNo(), List.of(1_000_000L, 77_700L));
        String feePayer = sales.keySet().iterator().next();
        sales.forEach((merchant, amounts) -> {
            SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, SettlementSpeed.T1));
            String serial = anySerialNumber();
            amounts.forEach(amount -> SettlementTestEvents.send(producer, TRANSACTIONS, sale(serial, merchant, amount, now,
                    SettlementSpeed.T1)));
            if (merchant.equals(feePayer)) {
                SettlementTestEvents.send(producer, Topics.TERMINAL_TERMINALS.name(), activated(serial, merchant, now));
            }
        });
        sales.forEach((merchant, amounts) -> await().atMost(DEADLINE)
                .until(() -> captured(merchant, today) == amounts.size()));
        await().atMost(DEADLINE).until(() -> serviceFees(feePayer, today).size() == 1);
        LocalDate runDate = calendar.nextRunDayAfter(today);
        Map<String, String> payoutIds = sales.keySet().stream().collect(Collectors.toMap(Function.identity(),
                m -> "SETTLEMENT:" + m + ":" + runDate));
        double failedBefore = failedSettlementPayouts();

        // The bank goes down, then the run settles and asks for the payouts.
        bank(false);
        clock.moveTo(runTime.on(runDate).plusSeconds(60));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), PAYOUTS)) {
            for (String payoutId : payoutIds.values()) {
                PayoutFailed failed = (PayoutFailed) CODEC.read("posflow.settlement.PayoutFailed.v1",
                        await().atMost(DEADLINE).until(() -> records(out, "PayoutFailed", payoutId),
                                l -> !l.isEmpty()).get(0).value());
                assertThat(failed.purpose()).isEqualTo(PayoutPurpose.SETTLEMENT);
                assertThat(failed.settlementDate()).isEqualTo(runDate);
                assertThat(failed.reason()).isIn("BANK_UNAVAILABLE", "BANK_CIRCUIT_OPEN");
            }
            assertThat(failedSettlementPayouts() - failedBefore).isGreaterThanOrEqualTo(payoutIds.size());
            assertThat(payoutIds.values()).allSatisfy(id -> assertThat(records(out, "PayoutCompleted", id)).isEmpty());
            assertThat(acceptedByTheBank()).noneMatch(a -> payoutIds.containsValue(a.get("payoutId")));

            // The bank comes back; time passes and the due work retries until every payout is paid.
            bank(true);
            await().atMost(DEADLINE).pollInterval(Duration.ofMillis(300)).until(() -> {
                clock.moveTo(clock.instant().plus(Duration.ofMinutes(2)));
                return payoutIds.values().stream().allMatch(id -> !records(out, "PayoutCompleted", id).isEmpty());
            });

            Map<String, Long> paidByTheBank = acceptedByTheBank().stream().collect(Collectors.groupingBy(
                    a -> (String) a.get("payoutId"), Collectors.summingLong(a -> ((Number) a.get("amountFen")).longValue())));
            for (Map.Entry<String, String> payout : payoutIds.entrySet()) {
                String merchant = payout.getKey();
                String payoutId = payout.getValue();
                Map<String, Object> statement = await().atMost(DEADLINE).until(() -> statementOf(merchant, runDate),
                        s -> ((List<?>) s.get("settled")).size() == sales.get(merchant).size());
                long net = ((Number) ((Map<String, Object>) statement.get("settledTotals")).get("netFen")).longValue();
                long expected = merchant.equals(feePayer) ? net - DATA_CARD_FEE_FEN : net;

                assertThat(acceptedByTheBank()).as("accepted payments of %s", payoutId)
                        .filteredOn(a -> payoutId.equals(a.get("payoutId"))).hasSize(1);
                assertThat(paidByTheBank.get(payoutId)).as("paid to %s", merchant).isEqualTo(expected);
                List<ConsumerRecord<String, byte[]>> completed = records(out, "PayoutCompleted", payoutId);
                assertThat(completed).as("PayoutCompleted of %s", payoutId).hasSize(1);
                PayoutCompleted event = (PayoutCompleted) CODEC.read("posflow.settlement.PayoutCompleted.v1",
                        completed.get(0).value());
                assertThat(event.amountFen()).isEqualTo(expected);
                assertThat(event.purpose()).isEqualTo(PayoutPurpose.SETTLEMENT);
                assertThat(event.settlementDate()).isEqualTo(runDate);
                assertThat(completed.get(0).key()).isEqualTo(merchant);
            }

            // The statement of the run date shows the payouts and how the fee came off the first one.
            Map<String, Object> statement = await().atMost(DEADLINE).until(() -> statementOf(feePayer, runDate),
                    s -> s.get("payouts").toString().contains("COMPLETED"));
            assertThat((List<Map<String, Object>>) statement.get("payoutDeductions")).singleElement()
                    .satisfies(d -> {
                        assertThat(d).containsEntry("payoutId", payoutIds.get(feePayer))
                                .containsEntry("serviceFeesDeductedFen", (int) DATA_CARD_FEE_FEN)
                                .containsEntry("carriedForwardFen", 0);
                    });
        }
    }

    @Test
    void S6_aT0SaleIsPaidOnItsOwnAtOnceAndTheFeesOwedComeOffIt() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        Instant now = clock.instant();
        SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, SettlementSpeed.T0));
        SettlementTestEvents.send(producer, Topics.TERMINAL_TERMINALS.name(), activated(serial, merchant, now));
        await().atMost(DEADLINE).until(() -> serviceFees(merchant, LocalDate.ofInstant(now, SHANGHAI)).size() == 1);
        TransactionCaptured first = sale(serial, merchant, 3_000, now, SettlementSpeed.T0);
        TransactionCaptured second = sale(serial, merchant, 100_000, now, SettlementSpeed.T0);
        SettlementTestEvents.send(producer, TRANSACTIONS, first);

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), PAYOUTS)) {
            // 3,000 fen less 0.60% and 0.05% nets 2,980 (S1/S3): the 4,800 fee takes all of it, 1,820 is carried.
            await().atMost(DEADLINE).until(() -> statementOf(merchant, LocalDate.ofInstant(now, SHANGHAI))
                    .get("payoutDeductions").toString().contains("carriedForwardFen=1820"));
            SettlementTestEvents.send(producer, TRANSACTIONS, second);
            String payoutId = "SETTLEMENT:" + merchant + ":T0:" + second.transactionId();
            ConsumerRecord<String, byte[]> completed = await().atMost(DEADLINE)
                    .until(() -> records(out, "PayoutCompleted", payoutId), l -> !l.isEmpty()).get(0);

            // 100,000 fen nets 99,350; less the 1,820 carried.
            assertThat(CODEC.read("posflow.settlement.PayoutCompleted.v1", completed.value()))
                    .extracting("amountFen").isEqualTo(97_530L);
            assertThat(records(out, "PayoutCompleted", "SETTLEMENT:" + merchant + ":T0:" + first.transactionId()))
                    .isEmpty();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private double failedSettlementPayouts() {
        return meters.find("posflow.payouts.failed").tag("purpose", "SETTLEMENT").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private void bank(boolean available) {
        ResponseEntity<Map> response = rest.exchange("/api/v1/simulation/bank", HttpMethod.PUT,
                new HttpEntity<>(Map.of("available", available)), Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsEntry("available", available);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> acceptedByTheBank() {
        return (List<Map<String, Object>>) rest.getForObject("/api/v1/simulation/bank", Map.class).get("accepted");
    }

    private static List<ConsumerRecord<String, byte[]>> records(TopicRecorder out, String event, String payoutId) {
        return out.records(r -> isType(r, event)
                && TopicRecorder.value(r).contains("\"payoutId\":\"" + payoutId + "\""));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> statementOf(String merchantNo, LocalDate date) {
        ResponseEntity<Map> response = rest.getForEntity("/api/v1/merchants/{m}/statements?date={d}", Map.class,
                merchantNo, date.toString());
        return response.getStatusCode().value() == 200 ? response.getBody() : Map.of("settled", List.of(),
                "captured", List.of(), "serviceFees", List.of(), "payouts", List.of(), "payoutDeductions", List.of());
    }

    private int captured(String merchantNo, LocalDate date) {
        return ((List<?>) statementOf(merchantNo, date).get("captured")).size();
    }

    private List<?> serviceFees(String merchantNo, LocalDate date) {
        return (List<?>) statementOf(merchantNo, date).get("serviceFees");
    }
}
