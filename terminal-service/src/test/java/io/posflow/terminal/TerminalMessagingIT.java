package io.posflow.terminal;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.BusinessAddress;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.deadletter.DeadLetterHeaders;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class TerminalMessagingIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String MERCHANTS = Topics.ONBOARDING_MERCHANTS.name();
    private static final String MERCHANTS_DLT = MERCHANTS + ".dlt";
    private static final String TERMINALS = Topics.TERMINAL_TERMINALS.name();
    private static final String MERCHANT_ONBOARDED = EventCatalogue.byClass(MerchantOnboarded.class).ceType();
    /** The documented simulation key (id sim-2026), as onboarding-service seals with it. */
    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")), "sim-2026");
    private static final IntegrationEventCodec WIRE = new IntegrationEventCodec();

    private static KafkaProducer<String, byte[]> producer;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void onboardingTopicAndProducer() {
        // onboarding-service owns and creates this topic; here it exists before this service consumes it.
        boolean exists = RealKafka.broker().getTopics().contains(MERCHANTS);
        if (!exists) {
            RealKafka.broker().addTopics(new NewTopic(MERCHANTS, Topics.ONBOARDING_MERCHANTS.partitions(), (short) 1));
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    // (a) publish

    @Test
    void aRegisteredTerminalIsPublishedAsTerminalRegisteredWithCloudEventsHeaders() {
        String serial = anySerial();

        ResponseEntity<Map> created = register(serial, "SMART");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/terminals/" + serial);
        assertThat(created.getBody()).containsEntry("serialNumber", serial).containsEntry("model", "SMART")
                .containsEntry("status", "STOCK").containsEntry("merchantNo", null);
        ConsumerRecord<String, byte[]> record = published(serial, "TerminalRegistered");
        String eventId = jdbc.queryForObject("select event_identifier from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 0", String.class, serial);
        assertThat(TopicRecorder.header(record, "ce_id")).isEqualTo(eventId);
        assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo("posflow.terminal.TerminalRegistered.v1");
        assertThat(TopicRecorder.header(record, "ce_source")).isEqualTo("/posflow/terminal");
        assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(serial);
        assertThat(TopicRecorder.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicRecorder.header(record, "ce_time")).isNotBlank();
        assertThat(TopicRecorder.value(record)).contains("\"serialNumber\":\"" + serial + "\"")
                .contains("\"model\":\"SMART\"").contains("\"vendor\":\"Lakala\"");
    }

    @Test
    void aDeregisteredTerminalIsAcceptedAndPublishedAsTerminalDeregistered() {
        String serial = anySerial();
        String merchantNo = anyMerchantNo();
        register(serial, "ESIGN");
        send(onboarded(merchantNo, serial, DeviceModel.ESIGN), UUID.randomUUID().toString());
        await().atMost(DEADLINE).until(() -> "BOUND".equals(terminal(serial).getBody().get("status")));

        ResponseEntity<Map> accepted = rest.postForEntity("/api/v1/terminals/" + serial + "/deregistration", null,
                Map.class);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getBody()).containsEntry("status", "DEREGISTERED");
        assertThat(TopicRecorder.value(published(serial, "TerminalDeregistered")))
                .contains("\"merchantNo\":\"" + merchantNo + "\"");
    }

    // (b) consume

    @Test
    void aMerchantOnboardedBindsTheTerminalItNamesAndTerminalBoundIsPublished() {
        String serial = anySerial();
        String merchantNo = anyMerchantNo();
        register(serial, "ESIGN");

        send(onboarded(merchantNo, serial, DeviceModel.ESIGN), UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> "BOUND".equals(terminal(serial).getBody().get("status")));
        assertThat(terminal(serial).getBody()).containsEntry("merchantNo", merchantNo);
        ConsumerRecord<String, byte[]> bound = published(serial, "TerminalBound");
        assertThat(TopicRecorder.header(bound, "ce_subject")).isEqualTo(serial);
        assertThat(TopicRecorder.value(bound)).contains("\"merchantNo\":\"" + merchantNo + "\"");
    }

    // (c) duplicate

    @Test
    void theSameMerchantOnboardedDeliveredTwiceBindsOnce() {
        String serial = anySerial();
        String merchantNo = anyMerchantNo();
        register(serial, "ESIGN");
        String ceId = UUID.randomUUID().toString();
        MerchantOnboarded onboarded = onboarded(merchantNo, serial, DeviceModel.ESIGN);

        send(onboarded, ceId);
        send(onboarded, ceId);
        // A later record on the same partition (same key): once it is applied, both copies were handled.
        String marker = anySerial();
        register(marker, "SMART");
        send(onboarded(merchantNo, marker, DeviceModel.SMART), UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> "BOUND".equals(terminal(marker).getBody().get("status")));
        assertThat(received(ceId)).isEqualTo(1);
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), TERMINALS)) {
            await().atMost(DEADLINE).until(() -> ofType(out.records(r -> marker.equals(r.key())), "TerminalBound"),
                    l -> l.size() == 1);
            assertThat(ofType(out.records(r -> serial.equals(r.key())), "TerminalBound")).hasSize(1);
        }
    }

    // (d) parked

    @Test
    void aMerchantOnboardedNamingAnUnregisteredTerminalWaitsForItsRegistration() {
        String serial = anySerial();
        String merchantNo = anyMerchantNo();

        send(onboarded(merchantNo, serial, DeviceModel.SMART), UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> parked("terminal:" + serial) == 1);
        assertThat(terminal(serial).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(register(serial, "SMART").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        await().atMost(DEADLINE).until(() -> "BOUND".equals(terminal(serial).getBody().get("status")));
        assertThat(terminal(serial).getBody()).containsEntry("merchantNo", merchantNo);
        assertThat(parked("terminal:" + serial)).isZero();
        assertThat(TopicRecorder.value(published(serial, "TerminalBound")))
                .contains("\"merchantNo\":\"" + merchantNo + "\"");
    }

    // (e) poison

    @Test
    void anUnreadableMerchantEventGoesToTheDltAndLaterRecordsOnItsPartitionAreApplied() {
        String merchantNo = anyMerchantNo();
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(MERCHANTS, merchantNo,
                "not json {".getBytes(StandardCharsets.UTF_8));
        poison.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        poison.headers().add("ce_type", MERCHANT_ONBOARDED.getBytes(StandardCharsets.UTF_8));
        producer.send(poison);
        String serial = anySerial();
        register(serial, "ESIGN");
        send(onboarded(merchantNo, serial, DeviceModel.ESIGN), UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> "BOUND".equals(terminal(serial).getBody().get("status")));
        ConsumerRecord<String, byte[]> dead = deadLettered(merchantNo);
        assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON_CODE)).isEqualTo("NOT_JSON");
        assertThat(TopicRecorder.header(dead, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(MERCHANTS);
        assertThat(TopicRecorder.value(dead)).isEqualTo("not json {");
    }

    @Test
    void aMerchantOnboardedNamingATerminalOfAnotherModelGoesToTheDltAndBindsNothing() {
        String serial = anySerial();
        String merchantNo = anyMerchantNo();
        register(serial, "ESIGN");

        send(onboarded(merchantNo, serial, DeviceModel.SMART), UUID.randomUUID().toString());

        assertThat(TopicRecorder.header(deadLettered(merchantNo), DeadLetterHeaders.REASON_CODE))
                .isEqualTo("MODEL_MISMATCH");
        assertThat(terminal(serial).getBody()).containsEntry("status", "STOCK").containsEntry("merchantNo", null);
    }

    // REST errors

    @Test
    void anUnknownSerialIsRefusedWith404OnEveryTerminalPath() {
        String serial = anySerial();

        ResponseEntity<Map> get = terminal(serial);
        ResponseEntity<Map> deregistration = rest.postForEntity("/api/v1/terminals/" + serial + "/deregistration",
                null, Map.class);

        for (ResponseEntity<Map> refused : List.of(get, deregistration)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody()).containsEntry("code", "SERIAL_UNKNOWN");
        }
    }

    @Test
    void aSecondRegistrationOfASerialIsRefusedWith409() {
        String serial = anySerial();
        register(serial, "ESIGN");

        ResponseEntity<Map> again = register(serial, "ESIGN");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again.getBody()).containsEntry("code", "SERIAL_DUPLICATE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMalformedSerialIsRefusedWith422NamingTheField() {
        ResponseEntity<Map> refused = register("lkle100000000001", "ESIGN");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("code", "SERIAL_INVALID");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.getBody().get("errors");
        assertThat(errors).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("field", "serialNumber").containsEntry("code", "SERIAL_INVALID"));
        assertThat(refused.getBody().toString()).doesNotContain("lkle100000000001");
    }

    @Test
    void aRegistrationWithoutAModelIsRefusedWith422() {
        ResponseEntity<Map> refused = rest.postForEntity("/api/v1/terminals",
                Map.of("serialNumber", anySerial(), "vendor", "Lakala"), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("code", "INVALID_INPUT");
        assertThat(refused.getBody().get("errors").toString()).contains("field=model");
    }

    @Test
    void aRegistrationWithAnUnknownModelIsAMalformedRequest() {
        ResponseEntity<Map> refused = rest.postForEntity("/api/v1/terminals",
                Map.of("serialNumber", anySerial(), "model", "FOLDING", "vendor", "Lakala"), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("code", "MALFORMED_REQUEST");
    }

    // helpers

    private ResponseEntity<Map> register(String serial, String model) {
        return rest.postForEntity("/api/v1/terminals",
                Map.of("serialNumber", serial, "model", model, "vendor", "Lakala"), Map.class);
    }

    private ResponseEntity<Map> terminal(String serial) {
        return rest.getForEntity("/api/v1/terminals/" + serial, Map.class);
    }

    private static MerchantOnboarded onboarded(String merchantNo, String serial, DeviceModel model) {
        SettlementAccount account = new SettlementAccount(AccountType.PERSONAL_CARD,
                SEALING.seal("王小明", Mask.NAME), SEALING.seal("6222020200112345679", Mask.CARD_NUMBER),
                "中国工商银行", "中国工商银行北京朝阳支行", SEALING.seal("13800138000", Mask.PHONE));
        return new MerchantOnboarded(merchantNo, UUID.randomUUID().toString(), ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", model, SettlementSpeed.T1, serial, SEALING.seal("13800138000", Mask.PHONE),
                account, new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"), Instant.parse("2026-11-22T02:15:30Z"));
    }

    private static void send(MerchantOnboarded event, String ceId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(MERCHANTS, event.key(), WIRE.write(event));
        record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", MERCHANT_ONBOARDED.getBytes(StandardCharsets.UTF_8));
        producer.send(record);
        producer.flush();
    }

    private static ConsumerRecord<String, byte[]> published(String serial, String eventName) {
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), TERMINALS)) {
            return await().atMost(DEADLINE)
                    .until(() -> ofType(out.records(r -> serial.equals(r.key())), eventName), l -> l.size() == 1)
                    .get(0);
        }
    }

    private static ConsumerRecord<String, byte[]> deadLettered(String key) {
        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), MERCHANTS_DLT)) {
            return await().atMost(DEADLINE).until(() -> dlt.records(r -> key.equals(r.key())), l -> l.size() == 1)
                    .get(0);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> ofType(List<ConsumerRecord<String, byte[]>> records,
                                                               String eventName) {
        String type = "posflow.terminal." + eventName + ".v1";
        return records.stream().filter(r -> type.equals(TopicRecorder.header(r, "ce_type"))).toList();
    }

    private int parked(String reference) {
        return jdbc.queryForObject("select count(*) from parked_message where reference = ?", Integer.class,
                reference);
    }

    private int received(String ceId) {
        return jdbc.queryForObject("select count(*) from inbound_message where message_key = ?", Integer.class,
                MERCHANTS + "/" + ceId);
    }

    private static String anySerial() {
        return "LKLE" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static String anyMerchantNo() {
        return "822110054" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
