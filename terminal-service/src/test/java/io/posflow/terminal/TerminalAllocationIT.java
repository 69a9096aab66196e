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
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import io.posflow.terminal.domain.allocation.TerminalRequest;
import io.posflow.terminal.domain.terminal.MerchantNo;
import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.readmodel.state.MerchantPhone;
import io.posflow.terminal.readmodel.state.MerchantPhoneRepository;
import io.posflow.terminal.usecase.AllocationOutcome;
import io.posflow.terminal.usecase.Allocations;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * T2's allocation on the real broker: a merchant whose application named no usable terminal gets the oldest stock
 * terminal of its model, or waits in the queue for the next one registered. Every test leaves no stock terminal and
 * no waiting merchant behind (checked after each), so "the oldest in stock" is the test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class TerminalAllocationIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String MERCHANTS = Topics.ONBOARDING_MERCHANTS.name();
    private static final String TERMINALS = Topics.TERMINAL_TERMINALS.name();
    private static final String MERCHANT_ONBOARDED = EventCatalogue.byClass(MerchantOnboarded.class).ceType();
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
    /** The documented simulation key (id sim-2026), as onboarding-service seals with it. */
    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", java.util.Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")),
            "sim-2026");
    private static final IntegrationEventCodec WIRE = new IntegrationEventCodec();

    private static KafkaProducer<String, byte[]> producer;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void onboardingTopicAndProducer() {
        // onboarding-service owns and creates this topic; here it exists before this service consumes it.
        if (!RealKafka.broker().getTopics().contains(MERCHANTS)) {
            RealKafka.broker().addTopics(new NewTopic(MERCHANTS, Topics.ONBOARDING_MERCHANTS.partitions(), (short) 1));
        }
        RealKafka.ensureTopics(Topics.SETTLEMENT_TRANSACTIONS.partitions(), Topics.SETTLEMENT_TRANSACTIONS.name());
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
    @Autowired
    Allocations allocations;
    @Autowired
    MerchantPhoneRepository phones;

    @AfterEach
    void nothingLeftInStockOrWaiting() {
        assertThat(waiting()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from terminal_view where status = 'STOCK'", Integer.class))
                .isZero();
    }

    @Test
    void T2_merchantsNamingNoTerminalAreBoundToTheOldestStockTerminalsOfTheirModelAndGetTheirCodesBySms() {
        String smart = anySerial();
        String firstEsign = anySerial();
        String secondEsign = anySerial();
        register(smart, "SMART");
        register(firstEsign, "ESIGN");
        register(secondEsign, "ESIGN");
        String merchant = anyMerchantNo();
        String phone = anyPhone();

        send(onboarded(merchant, null, DeviceModel.ESIGN, phone));

        awaitBound(firstEsign, merchant);
        assertThat(TopicRecorder.value(published(firstEsign, "TerminalBound")))
                .contains("\"merchantNo\":\"" + merchant + "\"");
        await().atMost(DEADLINE).until(() -> sms(phone), l -> l.size() == 1);
        assertThat(TWELVE_DIGITS.matcher(sms(phone).get(0).get("text").toString()).find()).isTrue();
        assertThat(status(secondEsign)).isEqualTo("STOCK");
        assertThat(status(smart)).isEqualTo("STOCK");

        String next = anyMerchantNo();
        send(onboarded(next, null, DeviceModel.ESIGN, anyPhone()));
        awaitBound(secondEsign, next);
        String smartMerchant = anyMerchantNo();
        send(onboarded(smartMerchant, null, DeviceModel.SMART, anyPhone()));
        awaitBound(smart, smartMerchant);
    }

    @Test
    void T2_aMerchantNamingATerminalOfAnotherModelIsAllocatedOneOfItsModelAndTheNamedOneStaysInStock() {
        String esign = anySerial();
        String smart = anySerial();
        register(esign, "ESIGN");
        register(smart, "SMART");
        String merchant = anyMerchantNo();

        send(onboarded(merchant, esign, DeviceModel.SMART, anyPhone()));

        awaitBound(smart, merchant);
        assertThat(status(esign)).isEqualTo("STOCK");

        String esignMerchant = anyMerchantNo();
        send(onboarded(esignMerchant, esign, DeviceModel.ESIGN, anyPhone()));
        awaitBound(esign, esignMerchant);
    }

    @Test
    void T2_aMerchantNamingATerminalAlreadyBoundToAnotherMerchantIsAllocatedAnother() {
        String named = anySerial();
        String other = anySerial();
        register(named, "ESIGN");
        register(other, "ESIGN");
        String first = anyMerchantNo();
        send(onboarded(first, named, DeviceModel.ESIGN, anyPhone()));
        awaitBound(named, first);
        String second = anyMerchantNo();

        send(onboarded(second, named, DeviceModel.ESIGN, anyPhone()));

        awaitBound(other, second);
        assertThat(terminal(named).getBody()).containsEntry("merchantNo", first);
    }

    @Test
    void T2_aMerchantNamingAnUnregisteredTerminalWaitsForThatOneAndIsNotAllocatedAnother() {
        String inStock = anySerial();
        register(inStock, "ESIGN");
        String named = anySerial();
        String merchant = anyMerchantNo();

        send(onboarded(merchant, named, DeviceModel.ESIGN, anyPhone()));

        await().atMost(DEADLINE).until(() -> jdbc.queryForObject(
                "select count(*) from parked_message where reference = ?", Integer.class, "terminal:" + named) == 1);
        assertThat(status(inStock)).isEqualTo("STOCK");
        register(named, "ESIGN");
        awaitBound(named, merchant);
        assertThat(status(inStock)).isEqualTo("STOCK");

        String other = anyMerchantNo();
        send(onboarded(other, null, DeviceModel.ESIGN, anyPhone()));
        awaitBound(inStock, other);
    }

    @Test
    @SuppressWarnings("unchecked")
    void T2_withoutStockOfTheirModelMerchantsWaitInTheQueueAndAreBoundFirstComeFirstServedAsTerminalsOfTheirModelAreRegistered() {
        String first = anyMerchantNo();
        String second = anyMerchantNo();
        String firstPhone = anyPhone();

        send(onboarded(first, null, DeviceModel.SMART, firstPhone));
        await().atMost(DEADLINE).until(this::waiting, q -> q.size() == 1);
        send(onboarded(second, null, DeviceModel.SMART, anyPhone()));
        await().atMost(DEADLINE).until(this::waiting, q -> q.size() == 2);

        assertThat(waiting()).containsExactly(Map.of("merchantNo", first, "model", "SMART"),
                Map.of("merchantNo", second, "model", "SMART"));
        Map<String, Object> gauge = rest.getForObject(
                "/actuator/metrics/posflow.terminal.allocation.waiting?tag=model:SMART", Map.class);
        assertThat(((List<Map<String, Object>>) gauge.get("measurements")).get(0).get("value")).isEqualTo(2.0);
        assertThat(sms(firstPhone)).isEmpty();
        String esign = anySerial();
        register(esign, "ESIGN");
        assertThat(waiting()).hasSize(2);
        assertThat(status(esign)).isEqualTo("STOCK");

        String serial = anySerial();
        assertThat(register(serial, "SMART").getBody()).containsEntry("status", "STOCK");
        awaitBound(serial, first);
        await().atMost(DEADLINE).until(() -> sms(firstPhone), l -> l.size() == 1);
        assertThat(waiting()).containsExactly(Map.of("merchantNo", second, "model", "SMART"));

        String another = anySerial();
        register(another, "SMART");
        awaitBound(another, second);
        String esignMerchant = anyMerchantNo();
        send(onboarded(esignMerchant, null, DeviceModel.ESIGN, anyPhone()));
        awaitBound(esign, esignMerchant);
    }

    @Test
    void T2_aRedeliveredMerchantOnboardedNeverBindsASecondTerminalToTheMerchant() {
        String serial = anySerial();
        register(serial, "ESIGN");
        String merchant = anyMerchantNo();
        MerchantOnboarded onboarded = onboarded(merchant, null, DeviceModel.ESIGN, anyPhone());
        int partition = send(onboarded);
        awaitBound(serial, merchant);
        String spare = anySerial();
        register(spare, "ESIGN");

        send(onboarded); // re-published: another ce_id, so the inbox does not see a duplicate
        // A later record on the same partition: once it is applied, the redelivery was handled first.
        String marker = anyMerchantNo();
        send(onboarded(marker, null, DeviceModel.ESIGN, anyPhone()), partition);

        awaitBound(spare, marker);
        assertThat(jdbc.queryForObject("select count(*) from terminal_view where merchant_no = ?", Integer.class,
                merchant)).isOne();
        assertThat(terminal(serial).getBody()).containsEntry("merchantNo", merchant);
    }

    @Test
    void T2_aRedeliveredMerchantOnboardedOfAWaitingMerchantKeepsItsOnePlaceInTheQueue() {
        String merchant = anyMerchantNo();
        MerchantOnboarded onboarded = onboarded(merchant, null, DeviceModel.ESIGN, anyPhone());
        int partition = send(onboarded);
        await().atMost(DEADLINE).until(this::waiting, q -> q.size() == 1);

        send(onboarded);
        String marker = anyMerchantNo();
        send(onboarded(marker, null, DeviceModel.ESIGN, anyPhone()), partition);
        await().atMost(DEADLINE).until(this::waiting, q -> q.size() == 2);

        assertThat(waiting()).containsExactly(Map.of("merchantNo", merchant, "model", "ESIGN"),
                Map.of("merchantNo", marker, "model", "ESIGN"));
        String serial = anySerial();
        register(serial, "ESIGN");
        awaitBound(serial, merchant);
        String another = anySerial();
        register(another, "ESIGN");
        awaitBound(another, marker);
    }

    /** 一机一户 under concurrency: the last stock terminal goes to exactly one merchant; the other one waits. */
    @Test
    void T2_twoMerchantsRacingForTheLastStockTerminalOfAModelLeaveItBoundToExactlyOneAndTheOtherWaits()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String serial = anySerial();
                register(serial, "ESIGN");
                List<String> merchants = List.of(anyMerchantNo(), anyMerchantNo());
                merchants.forEach(m -> phones.save(new MerchantPhone(m, null, SEALING.seal(anyPhone(), Mask.PHONE))));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<AllocationOutcome>> outcomes = new ArrayList<>();
                for (String merchantNo : merchants) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return allocations.serve(new TerminalRequest(MerchantNo.of(merchantNo), TerminalModel.ESIGN,
                                io.posflow.terminal.domain.terminal.ApplicantType.PERSONAL,
                                io.posflow.terminal.domain.terminal.SettlementSpeed.T1), Optional.empty());
                    }));
                }
                start.countDown();
                List<AllocationOutcome> answers = new ArrayList<>();
                for (Future<AllocationOutcome> outcome : outcomes) {
                    answers.add(outcome.get(30, TimeUnit.SECONDS));
                }

                assertThat(answers).filteredOn(AllocationOutcome.Bound.class::isInstance).hasSize(1);
                assertThat(answers).filteredOn(AllocationOutcome.Waiting.class::isInstance).hasSize(1);
                assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type like '%TerminalBound'", Integer.class, serial)).isOne();
                String owner = String.valueOf(terminal(serial).getBody().get("merchantNo"));
                String loser = merchants.get(0).equals(owner) ? merchants.get(1) : merchants.get(0);
                assertThat(merchants).contains(owner);
                assertThat(waiting()).containsExactly(Map.of("merchantNo", loser, "model", "ESIGN"));

                String next = anySerial();
                register(next, "ESIGN");
                awaitBound(next, loser);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // helpers

    private void awaitBound(String serial, String merchantNo) {
        await().atMost(DEADLINE).until(() -> terminal(serial).getBody(),
                t -> "BOUND".equals(t.get("status")) && merchantNo.equals(t.get("merchantNo")));
    }

    private String status(String serial) {
        return String.valueOf(terminal(serial).getBody().get("status"));
    }

    private List<Map<String, Object>> waiting() {
        return rest.exchange("/api/v1/ops/allocation-queue", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private List<Map<String, Object>> sms(String phone) {
        return rest.exchange("/api/v1/simulation/sms?phone=" + phone, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private ResponseEntity<Map> register(String serial, String model) {
        ResponseEntity<Map> created = rest.postForEntity("/api/v1/terminals",
                Map.of("serialNumber", serial, "model", model, "vendor", "Lakala"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created;
    }

    private ResponseEntity<Map> terminal(String serial) {
        return rest.getForEntity("/api/v1/terminals/" + serial, Map.class);
    }

    private static ConsumerRecord<String, byte[]> published(String serial, String eventName) {
        String type = "posflow.terminal." + eventName + ".v1";
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), TERMINALS)) {
            return await().atMost(DEADLINE).until(() -> out.records(r -> serial.equals(r.key())
                    && type.equals(TopicRecorder.header(r, "ce_type"))), l -> l.size() == 1).get(0);
        }
    }

    private static MerchantOnboarded onboarded(String merchantNo, String serial, DeviceModel model, String phone) {
        SettlementAccount account = new SettlementAccount(AccountType.PERSONAL_CARD,
                SEALING.seal("王小明", Mask.NAME), SEALING.seal("6222020200112345679", Mask.CARD_NUMBER),
                "中国工商银行", "中国工商银行北京朝阳支行", SEALING.seal("13800138000", Mask.PHONE));
        return new MerchantOnboarded(merchantNo, UUID.randomUUID().toString(), ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", model, SettlementSpeed.T1, serial, SEALING.seal(phone, Mask.PHONE),
                account, new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"), Instant.parse("2026-11-22T02:15:30Z"));
    }

    /** Publishes with a new ce_id; answers the partition it went to. */
    private static int send(MerchantOnboarded event) {
        return send(new ProducerRecord<>(MERCHANTS, event.key(), WIRE.write(event)));
    }

    private static int send(MerchantOnboarded event, int partition) {
        return send(new ProducerRecord<>(MERCHANTS, partition, event.key(), WIRE.write(event)));
    }

    private static int send(ProducerRecord<String, byte[]> record) {
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", MERCHANT_ONBOARDED.getBytes(StandardCharsets.UTF_8));
        try {
            return producer.send(record).get(30, TimeUnit.SECONDS).partition();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + record.key(), e);
        }
    }

    private static String anySerial() {
        return "LKLA" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static String anyMerchantNo() {
        return "822110055" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private static String anyPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
