package io.posflow.settlement;

import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.PayoutCompleted;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.settlement.ServiceFeeCharged;
import io.posflow.contracts.terminal.TerminalActivated;
import io.posflow.contracts.terminal.TerminalDeregistered;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import io.posflow.settlement.usecase.DailySettlementRunWork;
import io.posflow.settlement.usecase.DataCardFeeWork;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.posflow.settlement.SettlementTestEvents.CODEC;
import static io.posflow.settlement.SettlementTestEvents.SHANGHAI;
import static io.posflow.settlement.SettlementTestEvents.activated;
import static io.posflow.settlement.SettlementTestEvents.anyMerchantNo;
import static io.posflow.settlement.SettlementTestEvents.anySerialNumber;
import static io.posflow.settlement.SettlementTestEvents.isType;
import static io.posflow.settlement.SettlementTestEvents.merchantOnboarded;
import static io.posflow.settlement.SettlementTestEvents.refundTriggered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * S4 data-card fee on a real broker: charged at activation and on every anniversary on the injected clock,
 * published as ServiceFeeCharged, never taken from a deposit refund. The daily settlement run is taken off the
 * due-work table here: these tests jump years ahead, and the run's own catch-up is proved by the S2 tests.
 */
class ServiceFeeIT extends SettlementITSupport {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String TERMINALS = Topics.TERMINAL_TERMINALS.name();
    private static final String FEE_TYPE = "posflow.settlement.ServiceFeeCharged.v1";

    @BeforeEach
    void noSettlementRunsWhileYearsPass() {
        dueWork.cancel(DailySettlementRunWork.KIND, DailySettlementRunWork.KEY);
    }

    @Test
    @SuppressWarnings("unchecked")
    void S4_activationChargesTheFirstYearOnceHoweverOftenItIsDelivered() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        Instant activatedAt = clock.instant();
        LocalDate activationDate = LocalDate.ofInstant(activatedAt, SHANGHAI);
        TerminalActivated activated = activated(serial, merchant, activatedAt);
        String ceId = UUID.randomUUID().toString();
        // The activation may arrive before the merchant: it waits for it.
        SettlementTestEvents.send(producer, TERMINALS, activated, ceId);
        SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, SettlementSpeed.T1));
        SettlementTestEvents.send(producer, TERMINALS, activated, ceId);
        SettlementTestEvents.send(producer, TERMINALS, activated); // terminal-service publishing the same fact again

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(),
                Topics.SETTLEMENT_TRANSACTIONS.name())) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> feesCharged(out, serial), l -> !l.isEmpty()).get(0);
            Map<String, Object> statement = await().atMost(DEADLINE).until(() -> statementOf(merchant, activationDate),
                    s -> !((List<?>) s.get("serviceFees")).isEmpty());

            assertThat(record.key()).isEqualTo(serial);
            assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(serial);
            ServiceFeeCharged fee = (ServiceFeeCharged) CODEC.read(FEE_TYPE, record.value());
            assertThat(fee.merchantNo()).isEqualTo(merchant);
            assertThat(fee.feeFen()).isEqualTo(4_800);
            assertThat(fee.periodStart()).isEqualTo(activationDate);
            assertThat(fee.periodEnd()).isEqualTo(activationDate.plusYears(1).minusDays(1));
            assertThat((List<Map<String, Object>>) statement.get("serviceFees")).singleElement().satisfies(l -> {
                assertThat(l).containsEntry("serialNumber", serial).containsEntry("feeFen", 4_800)
                        .containsEntry("periodStart", activationDate.toString());
            });
            assertThat(feesCharged(out, serial)).hasSize(1);
        }
    }

    @Test
    void S4_aClockJumpOfMoreThanTwoYearsChargesEachMissedAnniversaryOnceAndInOrder() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        Instant activatedAt = clock.instant();
        LocalDate activationDate = LocalDate.ofInstant(activatedAt, SHANGHAI);
        SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, SettlementSpeed.T1));
        SettlementTestEvents.send(producer, TERMINALS, activated(serial, merchant, activatedAt));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(),
                Topics.SETTLEMENT_TRANSACTIONS.name())) {
            await().atMost(DEADLINE).until(() -> feesCharged(out, serial).size() == 1);

            clock.moveTo(activatedAt.atZone(SHANGHAI).plusYears(2).plusDays(30).toInstant());

            List<ConsumerRecord<String, byte[]>> fees = await().atMost(DEADLINE)
                    .until(() -> feesCharged(out, serial), l -> l.size() >= 3);
            assertThat(fees).extracting(r -> ((ServiceFeeCharged) CODEC.read(FEE_TYPE, r.value())).periodStart())
                    .containsExactly(activationDate, activationDate.plusYears(1), activationDate.plusYears(2));
            assertThat(fees).extracting(ConsumerRecord::partition).containsOnly(fees.get(0).partition());
        }
    }

    @Test
    void S4_aDeregisteredTerminalIsChargedNoFurtherYear() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        Instant activatedAt = clock.instant();
        SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, SettlementSpeed.T1));
        SettlementTestEvents.send(producer, TERMINALS, activated(serial, merchant, activatedAt));
        SettlementTestEvents.send(producer, TERMINALS, new TerminalDeregistered(serial, merchant, activatedAt.plusSeconds(60)));
        String stillActive = anySerialNumber(); // shows that the anniversary did come for the others
        SettlementTestEvents.send(producer, TERMINALS, activated(stillActive, merchant, activatedAt));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(),
                Topics.SETTLEMENT_TRANSACTIONS.name())) {
            await().atMost(DEADLINE).until(() -> feesCharged(out, serial).size() == 1);
            await().atMost(DEADLINE).until(() -> feesCharged(out, stillActive).size() == 1);
            // The activation may have waited for the merchant and come after the deregistration: either way the
            // terminal ends with no anniversary scheduled.
            await().atMost(DEADLINE).until(() -> jdbc.queryForObject(
                    "select count(*) from deregistered_terminal where serial_number = ?", Integer.class, serial) == 1
                    && jdbc.queryForObject("select count(*) from due_work where kind = ? and work_key = ?",
                    Integer.class, DataCardFeeWork.KIND, serial) == 0);

            clock.moveTo(activatedAt.atZone(SHANGHAI).plusYears(1).plusDays(1).toInstant());

            await().atMost(DEADLINE).until(() -> feesCharged(out, stillActive).size() == 2);
            assertThat(feesCharged(out, serial)).hasSize(1);
        }
    }

    @Test
    void S4_aDepositRefundIsPaidInFullWhateverServiceFeesAreOwed() {
        String merchant = anyMerchantNo();
        String serial = anySerialNumber();
        Instant now = clock.instant();
        SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(), merchantOnboarded(merchant, SettlementSpeed.T1));
        SettlementTestEvents.send(producer, TERMINALS, activated(serial, merchant, now));
        await().atMost(DEADLINE).until(() -> !((List<?>) statementOf(merchant, LocalDate.ofInstant(now, SHANGHAI))
                .get("serviceFees")).isEmpty());

        SettlementTestEvents.send(producer, Topics.DEPOSIT_DEPOSITS.name(), refundTriggered(serial, merchant, 9_900, clock.instant()));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), Topics.SETTLEMENT_PAYOUTS.name())) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE).until(() -> out.records(r ->
                    isType(r, "PayoutCompleted")
                            && TopicRecorder.value(r).contains("\"payoutId\":\"DEPOSIT_REFUND:" + serial + "\"")),
                    l -> !l.isEmpty()).get(0);
            PayoutCompleted refund = (PayoutCompleted) CODEC.read("posflow.settlement.PayoutCompleted.v1",
                    record.value());
            assertThat(refund.purpose()).isEqualTo(PayoutPurpose.DEPOSIT_REFUND);
            assertThat(refund.amountFen()).isEqualTo(9_900);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> feesCharged(TopicRecorder out, String serial) {
        return out.records(r -> FEE_TYPE.equals(TopicRecorder.header(r, "ce_type")) && serial.equals(r.key()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> statementOf(String merchantNo, LocalDate date) {
        ResponseEntity<Map> response = rest.getForEntity("/api/v1/merchants/{m}/statements?date={d}", Map.class,
                merchantNo, date.toString());
        return response.getStatusCode().value() == 200 ? response.getBody() : Map.of("serviceFees", List.of());
    }
}
