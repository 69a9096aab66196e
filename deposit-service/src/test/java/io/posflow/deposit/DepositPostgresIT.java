package io.posflow.deposit;

import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.settlement.SettlementDayClosed;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.RealPostgres;
import io.posflow.platform.testing.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.IntStream;

import static io.posflow.deposit.DepositTestMessages.anySerialNumber;
import static io.posflow.deposit.DepositTestMessages.depositCollected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * deposit-service is the one service whose event store is proven on PostgreSQL (architecture §6); its
 * settlement watermark (row lock, per-partition rows) runs here too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "postgres", "it"})
@DirtiesContext
class DepositPostgresIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static DepositTestMessages messages;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
        String url = RealPostgres.newDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @BeforeAll
    static void consumedTopicsExist() {
        messages = DepositTestMessages.open();
    }

    @AfterAll
    static void closeProducer() {
        messages.close();
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aDepositOpensOnPostgresWithEventPayloadsStoredAsBytea() {
        String serial = anySerialNumber();
        messages.send(Topics.SETTLEMENT_TRANSACTIONS.name(),
                depositCollected(serial, DeviceModel.SMART, clock.instant().minus(Duration.ofMinutes(1))));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), Topics.DEPOSIT_DEPOSITS.name())) {
            await().atMost(DEADLINE).until(() -> out.records(r -> serial.equals(r.key())), l -> l.size() == 1);
        }
        Map<String, Object> view = await().atMost(DEADLINE).until(() -> deposit(serial), v -> v != null);
        assertThat(view).containsEntry("status", "HELD").containsEntry("depositFen", 29_900)
                .containsEntry("daysLeft", 60);

        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(columnType("domain_event_entry", "payload")).isEqualTo("bytea");
        assertThat(columnType("domain_event_entry", "meta_data")).isEqualTo("bytea");
        assertThat(columnType("token_entry", "token")).isEqualTo("bytea");
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 0", String.class, serial))
                .contains("\"serialNumber\":\"" + serial + "\"");
    }

    @Test
    void theSettlementWatermarkLocksAndForfeitsOnPostgres() {
        String serial = anySerialNumber();
        Instant windowEnd = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        messages.send(Topics.SETTLEMENT_TRANSACTIONS.name(),
                depositCollected(serial, DeviceModel.ESIGN, windowEnd.minus(Duration.ofHours(60 * 24))));
        await().atMost(DEADLINE).until(() -> deposit(serial), v -> v != null);

        LocalDate endDate = windowEnd.atZone(DepositTestMessages.SHANGHAI).toLocalDate();
        IntStream.range(0, Topics.SETTLEMENT_TRANSACTIONS.partitions()).forEach(p -> messages.sendToPartition(
                Topics.SETTLEMENT_TRANSACTIONS.name(), p, new SettlementDayClosed(endDate, clock.instant())));

        await().atMost(DEADLINE).until(() -> deposit(serial), v -> "FORFEITED".equals(v.get("status")));
        assertThat(jdbc.queryForObject("select count(*) from settlement_day_partition where business_date = ?",
                Integer.class, endDate)).isEqualTo(12);
    }

    private String columnType(String table, String column) {
        return jdbc.queryForObject("select data_type from information_schema.columns"
                + " where table_name = ? and column_name = ?", String.class, table, column);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> deposit(String serial) {
        ResponseEntity<Map> response = rest.getForEntity("/api/v1/deposits/" + serial, Map.class);
        return response.getStatusCode().value() == 200 ? response.getBody() : null;
    }
}
