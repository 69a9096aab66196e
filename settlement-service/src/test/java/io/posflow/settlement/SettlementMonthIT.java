package io.posflow.settlement;

import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.TransactionCaptured;
import io.posflow.contracts.topics.Topics;
import io.posflow.settlement.usecase.DailySettlementRunWork;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.posflow.settlement.SettlementTestEvents.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * S9 over a generated month: six merchants (four T1, two T0) sell every day from 27 September to 26 October
 * 2027 — National Day (1 October) is a holiday — with voids, refunds, a clearing discrepancy now and then (S8)
 * and a bank outage of three days (S6). Afterwards, for every merchant and every day, the statement reconciles:
 * captured = settled + held + pending with nothing left pending, net + fees = gross, the merchant's postings
 * balance and agree with what was settled; every settlement payout is accepted by the bank exactly once, and
 * what the bank paid each merchant is the net settled to it.
 */
class SettlementMonthIT extends SettlementITSupport {

    private static final LocalDate FIRST_DAY = LocalDate.parse("2027-09-27");
    private static final int DAYS = 30;
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final String TERMINAL_TRANSACTIONS = Topics.TERMINAL_TRANSACTIONS.name();

    @Test
    @SuppressWarnings("unchecked")
    void S9_aGeneratedMonthWithVoidsRefundsT0T1AHolidayAndAPayoutOutageReconcilesForEveryMerchantAndDay() {
        Random random = new Random(20271001L);
        List<String> merchants = new ArrayList<>();
        Map<String, SettlementSpeed> speeds = new HashMap<>();
        Map<String, String> serials = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            String merchant = SettlementTestEvents.anyMerchantNo();
            SettlementSpeed speed = i < 4 ? SettlementSpeed.T1 : SettlementSpeed.T0;
            merchants.add(merchant);
            speeds.put(merchant, speed);
            serials.put(merchant, SettlementTestEvents.anySerialNumber());
            SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(),
                    SettlementTestEvents.merchantOnboarded(merchant, speed));
        }
        // The month's first run is the first due; nothing before it is this test's (the restart IT does the same).
        dueWork.schedule(DailySettlementRunWork.KIND, DailySettlementRunWork.KEY, runTime.on(FIRST_DAY), null);

        List<TransactionCaptured> refundable = new ArrayList<>();
        Set<String> voided = new HashSet<>();
        Set<String> expectedHeld = new HashSet<>();
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            clock.moveTo(date.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant());
            if (day == 10) {
                bank(false);
            } else if (day == 13) {
                bank(true);
            }
            Instant at = clock.instant();
            List<String> sentToday = new ArrayList<>();
            for (int m = 0; m < merchants.size(); m++) {
                String merchant = merchants.get(m);
                for (int n = 0; n < 2; n++) {
                    long fen = 10_000 + random.nextInt(2_000_000);
                    boolean discrepancy = m == 1 && n == 0 && day % 7 == 3;
                    fen = discrepancy ? fen - fen % 100 + 77 : (fen % 100 == 77 ? fen + 1 : fen);
                    TransactionCaptured sale = SettlementTestEvents.sale(serials.get(merchant), merchant, fen,
                            at.plusSeconds(60L * m + n), speeds.get(merchant));
                    send(sale);
                    sentToday.add(sale.transactionId());
                    if (discrepancy) {
                        expectedHeld.add(sale.transactionId());
                    } else if (n == 1 && speeds.get(merchant) == SettlementSpeed.T1 && day % 5 == 1) {
                        send(SettlementTestEvents.voided(sale, at.plusSeconds(3_600)));
                        voided.add(sale.transactionId());
                    } else {
                        refundable.add(sale);
                    }
                }
            }
            if (day % 6 == 2) {
                // Refund a tenth of a sale at least a week old: its run has surely settled it by now.
                for (TransactionCaptured sale : List.copyOf(refundable)) {
                    if (!sale.businessDate().isAfter(date.minusDays(8)) && random.nextInt(4) == 0) {
                        TransactionCaptured refund = SettlementTestEvents.refund(sale, sale.amountFen() / 10,
                                at.plusSeconds(7_200));
                        send(refund);
                        sentToday.add(refund.transactionId());
                        refundable.remove(sale);
                    }
                }
            }
            await().atMost(DEADLINE).until(() -> capturedIds(merchants, date).containsAll(sentToday));
        }
        LocalDate lastDay = FIRST_DAY.plusDays(DAYS - 1);
        clock.moveTo(runTime.on(calendar.nextRunDayAfter(lastDay)).plus(Duration.ofDays(2)));

        await().atMost(DEADLINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String merchant : merchants) {
                for (int day = 0; day <= DAYS + 5; day++) {
                    Map<String, Object> statement = statementOf(merchant, FIRST_DAY.plusDays(day));
                    Map<String, Object> reconciliation = (Map<String, Object>) statement.get("reconciliation");
                    Map<String, Object> ledger = (Map<String, Object>) statement.get("ledger");
                    Map<String, Object> totals = (Map<String, Object>) statement.get("settledTotals");
                    String where = merchant + " " + FIRST_DAY.plusDays(day);
                    assertThat(reconciliation).as(where).containsEntry("balanced", true).containsEntry("pendingFen", 0);
                    assertThat(ledger).as(where).containsEntry("balanced", true)
                            .containsEntry("agreesWithSettled", true);
                    assertThat(fen(totals, "mdrFeeFen") + fen(totals, "surchargeFen") + fen(totals, "netFen"))
                            .as(where).isEqualTo(fen(totals, "amountFen"));
                    assertThat((List<Map<String, Object>>) statement.get("settled")).as(where)
                            .noneMatch(s -> voided.contains(s.get("transactionId")))
                            .noneMatch(s -> expectedHeld.contains(s.get("transactionId")));
                }
            }
        });

        // S6: every settlement payout accepted once, and each merchant paid exactly the net settled to it.
        await().atMost(DEADLINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<Map<String, Object>> accepted = (List<Map<String, Object>>) rest.getForObject(
                    "/api/v1/simulation/bank", Map.class).get("accepted");
            assertThat(accepted).extracting(a -> a.get("payoutId")).doesNotHaveDuplicates();
            for (String merchant : merchants) {
                long paid = accepted.stream().filter(a -> ((String) a.get("payoutId"))
                        .startsWith("SETTLEMENT:" + merchant + ":")).mapToLong(a -> fen(a, "amountFen")).sum();
                long net = 0;
                for (int day = 0; day <= DAYS + 5; day++) {
                    net += fen((Map<String, Object>) statementOf(merchant, FIRST_DAY.plusDays(day))
                            .get("settledTotals"), "netFen");
                }
                assertThat(paid).as("paid to %s", merchant).isEqualTo(net).isPositive();
            }
        });
        assertThat(meters.find("posflow.payouts.failed").counters()).as("the outage was felt").isNotEmpty();
        assertThat(rest.getForObject("/api/v1/ops/ledger/trial-balance", Map.class)).containsEntry("balanced", true);
        assertThat(expectedHeld).isNotEmpty();
        assertThat(voided).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private Set<String> capturedIds(List<String> merchants, LocalDate date) {
        Set<String> ids = new HashSet<>();
        for (String merchant : merchants) {
            // A merchant settlement has not seen yet answers 404 (no "captured"): nothing of it is there yet.
            ((List<Map<String, Object>>) statementOf(merchant, date).getOrDefault("captured", List.of()))
                    .forEach(c -> ids.add((String) c.get("transactionId")));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> statementOf(String merchantNo, LocalDate date) {
        return rest.getForObject("/api/v1/merchants/{m}/statements?date={d}", Map.class, merchantNo, date);
    }

    private void bank(boolean available) {
        rest.exchange("/api/v1/simulation/bank", HttpMethod.PUT, new HttpEntity<>(Map.of("available", available)),
                Map.class);
    }

    private static long fen(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}
