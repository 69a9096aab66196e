package io.posflow.settlement;

import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.clock.SimulationClock;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TestProducer;
import io.posflow.platform.testing.TopicRecorder;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.settlement.domain.calendar.DailyRunTime;
import io.posflow.settlement.domain.calendar.SettlementCalendar;
import io.posflow.settlement.usecase.DailySettlementRunWork;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What settlement's flow ITs share: the service on the real broker (simulation profile), a producer playing the
 * other services, and the helpers to send their events, move to a run and read the statement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
abstract class SettlementITSupport {

    static final Duration DEADLINE = Duration.ofSeconds(30);
    static final String TERMINAL_TRANSACTIONS = Topics.TERMINAL_TRANSACTIONS.name();
    static final String SETTLEMENT_TRANSACTIONS = Topics.SETTLEMENT_TRANSACTIONS.name();
    static final String SETTLED_TYPE = "posflow.settlement.TransactionSettled.v1";
    static final String DAY_CLOSED_TYPE = "posflow.settlement.SettlementDayClosed.v1";
    static final ZoneId SHANGHAI = SettlementTestEvents.SHANGHAI;
    static final IntegrationEventCodec CODEC = SettlementTestEvents.CODEC;

    static TestProducer producer;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void consumedTopicsAndAProducer() {
        SettlementTestEvents.consumedTopicsExist();
        producer = new TestProducer();
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SimulationClock clock;
    @Autowired
    SettlementCalendar calendar;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DueWorkScheduler dueWork;
    @Autowired
    DailyRunTime runTime;

    /**
     * The broker is shared by every IT class and SettlementDayClosed records stay on it: each class settles and
     * closes dates of its own so that no other class sees its closings as duplicates of its own. The daily run is
     * moved there first, as a restart after a long downtime would not close the dates in between.
     */
    void settleFrom(Instant own) {
        if (clock.instant().isBefore(own)) {
            dueWork.schedule(DailySettlementRunWork.KIND, DailySettlementRunWork.KEY,
                    runTime.on(calendar.nextRunDayAfter(LocalDate.ofInstant(own, SHANGHAI))), null);
            clock.moveTo(own);
        }
    }

    /** A T1 merchant, as onboarding publishes it. */
    String onboarded() {
        String merchantNo = SettlementTestEvents.anyMerchantNo();
        send(SettlementTestEvents.merchantOnboarded(merchantNo, SettlementSpeed.T1), Topics.ONBOARDING_MERCHANTS.name());
        return merchantNo;
    }

    static void send(IntegrationEvent event) {
        send(event, TERMINAL_TRANSACTIONS);
    }

    static void send(IntegrationEvent event, String topic) {
        producer.send(topic, event.key(), EventCatalogue.of(event).ceType(), UUID.randomUUID().toString(),
                CODEC.write(event));
    }

    static Instant runOf(LocalDate runDate) {
        return runDate.atTime(LocalTime.of(2, 0)).atZone(SHANGHAI).toInstant();
    }

    static List<ConsumerRecord<String, byte[]>> settled(TopicRecorder out, String transactionId) {
        return out.records(r -> SETTLED_TYPE.equals(TopicRecorder.header(r, "ce_type"))
                && TopicRecorder.value(r).contains("\"transactionId\":\"" + transactionId + "\""));
    }

    static List<ConsumerRecord<String, byte[]>> dayClosed(TopicRecorder out, LocalDate date) {
        return out.records(r -> DAY_CLOSED_TYPE.equals(TopicRecorder.header(r, "ce_type"))
                && date.toString().equals(r.key()));
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> statement(String merchantNo, LocalDate date) {
        return rest.getForEntity("/api/v1/merchants/{m}/statements?date={d}", Map.class, merchantNo, date);
    }

    /** The transaction's status on the statement of its business date; null while it is not there. */
    @SuppressWarnings("rawtypes")
    String capturedStatus(String merchantNo, LocalDate date, String transactionId) {
        ResponseEntity<Map> response = statement(merchantNo, date);
        if (response.getStatusCode().value() != 200) {
            return null;
        }
        return ((List<?>) response.getBody().get("captured")).stream().map(c -> (Map<?, ?>) c)
                .filter(c -> transactionId.equals(c.get("transactionId")))
                .map(c -> (String) c.get("status")).findFirst().orElse(null);
    }

    static String anySerialNumber() {
        return SettlementTestEvents.anySerialNumber();
    }

    static String anyTransactionId() {
        return "tx-" + UUID.randomUUID();
    }
}
