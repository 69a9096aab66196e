package io.posflow.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
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
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.SettlementDayClosed;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.clock.SimulationClock;
import io.posflow.platform.messaging.deadletter.DeadLetterHeaders;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import io.posflow.terminal.readmodel.state.MerchantPhone;
import io.posflow.terminal.readmodel.state.MerchantPhoneRepository;
import io.posflow.terminal.usecase.ActivationCodeIssuer;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TerminalMessagingIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String MERCHANTS = Topics.ONBOARDING_MERCHANTS.name();
    private static final String MERCHANTS_DLT = MERCHANTS + ".dlt";
    private static final String TERMINALS = Topics.TERMINAL_TERMINALS.name();
    private static final String TRANSACTIONS = Topics.TERMINAL_TRANSACTIONS.name();
    private static final String SETTLEMENTS = Topics.SETTLEMENT_TRANSACTIONS.name();
    /** The happy path's merchant phone (architecture §5's example); other tests use their own phones. */
    private static final String PHONE = "13800138000";
    /** Luhn-valid test cards by architecture §5's simulation BIN table. */
    private static final String CREDIT_PAN = "6258071234567896";
    private static final String DEBIT_PAN = "6222029876543214";
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)(\\d{12})(?!\\d)");
    private static final ObjectMapper JSON = new ObjectMapper();
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
        // settlement-service owns this one (T5: a SALE can be refunded once it is settled).
        RealKafka.ensureTopics(Topics.SETTLEMENT_TRANSACTIONS.partitions(), SETTLEMENTS);
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
    SimulationClock clock;
    @Autowired
    ActivationCodeIssuer activation;
    @Autowired
    MerchantPhoneRepository phones;

    // (a) publish

    @Test
    void T1_aRegisteredTerminalIsPublishedAsTerminalRegisteredWithCloudEventsHeaders() {
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
    void T6_aDeregisteredTerminalIsAcceptedAndPublishedAsTerminalDeregistered() {
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
    void T2_aMerchantOnboardedBindsTheTerminalItNamesAndTerminalBoundIsPublished() {
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
    void T2_theSameMerchantOnboardedDeliveredTwiceBindsOnce() {
        String serial = anySerial();
        String merchantNo = anyMerchantNo();
        register(serial, "ESIGN");
        String ceId = UUID.randomUUID().toString();
        MerchantOnboarded onboarded = onboarded(merchantNo, serial, DeviceModel.ESIGN);

        int partition = send(onboarded, ceId);
        send(onboarded, ceId);
        // A later record on the same partition: once it is applied, both copies were handled.
        String marker = anySerial();
        register(marker, "SMART");
        send(onboarded(anyMerchantNo(), marker, DeviceModel.SMART), UUID.randomUUID().toString(), partition);

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
    void T2_aMerchantOnboardedNamingAnUnregisteredTerminalWaitsForItsRegistration() {
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

    // The happy path (architecture §2): code by SMS → activation → deposit swipe → sale

    @Test
    void T3_theCodeGoesBySmsAndTheDepositSwipeActivatesTheTerminalAndASaleIsCaptured(CapturedOutput output)
            throws Exception {
        String serial = anySerial();
        String merchantNo = anyMerchantNo();
        register(serial, "ESIGN");
        int smsBefore = sms(PHONE).size();

        send(onboarded(merchantNo, serial, DeviceModel.ESIGN, PHONE), UUID.randomUUID().toString());

        String text = await().atMost(DEADLINE).until(() -> sms(PHONE), l -> l.size() > smsBefore)
                .get(smsBefore).get("text").toString();
        assertThat(text).matches("【posflow】您的终端激活码：\\d{12}，30天内有效。");
        String code = codeIn(text);
        JsonNode issued = json(published(serial, "ActivationCodeIssued"));
        assertThat(issued.get("merchantNo").asText()).isEqualTo(merchantNo);
        assertThat(Instant.parse(issued.get("expiresAt").asText()))
                .isEqualTo(Instant.parse(issued.get("issuedAt").asText()).plus(Duration.ofDays(30)));

        ResponseEntity<Map> activated = activate(serial, code);

        assertThat(activated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(activated.getBody()).containsEntry("status", "AWAITING_DEPOSIT").containsEntry("depositFen", 9900);
        assertThat(json(published(serial, "TerminalAwaitingDeposit")).get("depositFen").asLong()).isEqualTo(9900);

        String depositId = UUID.randomUUID().toString();
        ResponseEntity<Map> deposit = capture(serial, card(depositId, "CREDIT", CREDIT_PAN, 9900));

        assertThat(deposit.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(deposit.getBody()).containsEntry("transactionId", depositId).containsEntry("status", "APPROVED")
                .containsEntry("reason", null).containsEntry("purpose", "DEPOSIT");
        String capturedAt = deposit.getBody().get("capturedAt").toString();
        assertThat(terminal(serial).getBody()).containsEntry("status", "ACTIVE");
        assertThat(Instant.parse(terminal(serial).getBody().get("activatedAt").toString()))
                .isEqualTo(Instant.parse(capturedAt));
        JsonNode terminalActivated = json(published(serial, "TerminalActivated"));
        assertThat(terminalActivated.get("merchantNo").asText()).isEqualTo(merchantNo);
        assertThat(terminalActivated.get("model").asText()).isEqualTo("ESIGN");
        assertThat(terminalActivated.get("depositTransactionId").asText()).isEqualTo(depositId);
        assertThat(terminalActivated.get("depositFen").asLong()).isEqualTo(9900);
        assertThat(Instant.parse(terminalActivated.get("activatedAt").asText())).isEqualTo(Instant.parse(capturedAt));
        ConsumerRecord<String, byte[]> depositRecord = capturedRecord(serial, depositId);
        assertThat(TopicRecorder.header(depositRecord, "ce_type")).isEqualTo("posflow.terminal.TransactionCaptured.v1");
        assertThat(TopicRecorder.header(depositRecord, "ce_source")).isEqualTo("/posflow/terminal");
        assertThat(TopicRecorder.header(depositRecord, "ce_subject")).isEqualTo(serial);
        JsonNode depositCaptured = json(depositRecord);
        assertThat(depositCaptured.get("serialNumber").asText()).isEqualTo(serial);
        assertThat(depositCaptured.get("merchantNo").asText()).isEqualTo(merchantNo);
        assertThat(depositCaptured.get("type").asText()).isEqualTo("SALE");
        assertThat(depositCaptured.get("purpose").asText()).isEqualTo("DEPOSIT");
        assertThat(depositCaptured.get("channel").asText()).isEqualTo("CARD");
        assertThat(depositCaptured.get("cardType").asText()).isEqualTo("CREDIT");
        assertThat(depositCaptured.get("card").get("bin").asText()).isEqualTo("625807");
        assertThat(depositCaptured.get("card").get("last4").asText()).isEqualTo("7896");
        assertThat(depositCaptured.get("cardFingerprint").asText()).hasSize(64);
        assertThat(depositCaptured.get("amountFen").asLong()).isEqualTo(9900);
        assertThat(Instant.parse(depositCaptured.get("capturedAt").asText())).isEqualTo(Instant.parse(capturedAt));
        assertThat(depositCaptured.get("businessDate").asText())
                .isEqualTo(Instant.parse(capturedAt).atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString());
        assertThat(depositCaptured.get("applicantType").asText()).isEqualTo("PERSONAL");
        assertThat(depositCaptured.get("speed").asText()).isEqualTo("T1");

        String saleId = UUID.randomUUID().toString();
        ResponseEntity<Map> sale = capture(serial, card(saleId, "CREDIT", CREDIT_PAN, 12345));

        assertThat(sale.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(sale.getBody()).containsEntry("status", "APPROVED").containsEntry("purpose", "SALE");
        JsonNode saleCaptured = json(capturedRecord(serial, saleId));
        assertThat(saleCaptured.get("purpose").asText()).isEqualTo("SALE");
        assertThat(saleCaptured.get("amountFen").asLong()).isEqualTo(12345);
        assertThat(saleCaptured.get("cardFingerprint").asText())
                .isEqualTo(depositCaptured.get("cardFingerprint").asText());

        // Neither the activation code nor the PAN reached a topic, the event store, the answers or a log.
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), TERMINALS, TRANSACTIONS)) {
            List<ConsumerRecord<String, byte[]>> records = await().atMost(DEADLINE)
                    .until(() -> out.records(r -> serial.equals(r.key())), l -> l.size() >= 7);
            for (ConsumerRecord<String, byte[]> record : records) {
                StringBuilder all = new StringBuilder(TopicRecorder.value(record));
                record.headers().forEach(h -> all.append(new String(h.value(), StandardCharsets.UTF_8)));
                assertThat(all.toString()).doesNotContain(code).doesNotContain(CREDIT_PAN);
            }
        }
        List<byte[]> stored = jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ?",
                byte[].class, serial);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(7).allSatisfy(payload -> assertThat(
                new String(payload, StandardCharsets.UTF_8)).doesNotContain(code).doesNotContain(CREDIT_PAN));
        assertThat(jdbc.queryForList("select * from capture_answer where serial_number = ?", serial).toString())
                .contains("625807").doesNotContain(CREDIT_PAN);
        assertThat(output.getAll()).doesNotContain(code).doesNotContain(CREDIT_PAN);
    }

    // T2: wrong codes, lock, unlock, reissue, expiry

    @Test
    void T2_wrongCodesAreCountedFiveLockTheTerminalAndOpsUnlockIt() {
        String phone = anyPhone();
        String serial = boundTerminal(phone);
        String code = codeIn(lastSms(phone));
        String wrong = code.substring(0, 11) + (code.charAt(11) == '9' ? '0' : (char) (code.charAt(11) + 1));

        ResponseEntity<Map> first = activate(serial, wrong);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(first.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(first.getBody()).containsEntry("code", "ACTIVATION_CODE_WRONG").containsEntry("attemptsLeft", 4);
        assertThat(first.getBody().toString()).doesNotContain(wrong);
        for (int left = 3; left >= 0; left--) {
            assertThat(activate(serial, wrong).getBody()).containsEntry("attemptsLeft", left);
        }
        assertThat(terminal(serial).getBody()).containsEntry("status", "LOCKED");
        assertThat(json(published(serial, "TerminalLocked")).get("failedAttempts").asInt()).isEqualTo(5);

        ResponseEntity<Map> locked = activate(serial, code);

        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(locked.getBody()).containsEntry("code", "TERMINAL_LOCKED");

        ResponseEntity<Map> unlocked = rest.postForEntity("/api/v1/terminals/" + serial + "/unlock", null, Map.class);

        assertThat(unlocked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(unlocked.getBody()).containsEntry("status", "BOUND");
        published(serial, "TerminalUnlocked");
        assertThat(activate(serial, wrong).getBody()).containsEntry("attemptsLeft", 4);
        assertThat(activate(serial, code).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void T2_aReissuedCodeIsSentBySmsAndTheOldOneNoLongerWorks() {
        String phone = anyPhone();
        String serial = boundTerminal(phone);
        String oldCode = codeIn(lastSms(phone));

        ResponseEntity<Map> reissued = rest.postForEntity("/api/v1/terminals/" + serial + "/activation-code", null,
                Map.class);

        assertThat(reissued.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(reissued.getBody()).containsEntry("serialNumber", serial).containsKey("expiresAt");
        List<Map<String, Object>> texts = sms(phone);
        assertThat(texts).hasSize(2);
        String newCode = codeIn(texts.get(1).get("text").toString());
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), TERMINALS)) {
            await().atMost(DEADLINE).until(() -> ofType(out.records(r -> serial.equals(r.key())),
                    "ActivationCodeIssued"), l -> l.size() == 2);
        }
        if (!newCode.equals(oldCode)) { // one chance in 10^12 that they are equal
            assertThat(activate(serial, oldCode).getBody()).containsEntry("code", "ACTIVATION_CODE_WRONG");
        }
        assertThat(activate(serial, newCode).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void T2_aCodeExpiresWhenTheClockPassesItsExpiryAndOnlyANewCodeWorks() {
        String phone = anyPhone();
        String serial = boundTerminal(phone);
        String code = codeIn(lastSms(phone));

        clock.moveTo(clock.instant().plus(Duration.ofDays(30)).plusSeconds(1));

        await().atMost(DEADLINE).until(() -> jdbc.queryForObject("select count(*) from domain_event_entry"
                + " where aggregate_identifier = ? and payload_type like '%ActivationCodeExpired'", Integer.class,
                serial) == 1);
        ResponseEntity<Map> expired = activate(serial, code);
        assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(expired.getBody()).containsEntry("code", "ACTIVATION_CODE_EXPIRED");

        rest.postForEntity("/api/v1/terminals/" + serial + "/activation-code", null, Map.class);
        assertThat(activate(serial, codeIn(lastSms(phone))).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    // T3, T5, T7: capture rules

    @Test
    void T3_aDebitCardDepositIsDeclinedAndTheTerminalStillAwaitsItsDeposit() {
        String phone = anyPhone();
        String serial = boundTerminal(phone);
        activate(serial, codeIn(lastSms(phone)));
        String transactionId = UUID.randomUUID().toString();

        ResponseEntity<Map> declined = capture(serial, card(transactionId, "CREDIT", DEBIT_PAN, 9900));

        assertThat(declined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(declined.getBody()).containsEntry("status", "DECLINED")
                .containsEntry("reason", "DEPOSIT_CARD_NOT_CREDIT");
        assertThat(terminal(serial).getBody()).containsEntry("status", "AWAITING_DEPOSIT");
        JsonNode event = json(published(TRANSACTIONS, serial, "TransactionDeclined"));
        assertThat(event.get("transactionId").asText()).isEqualTo(transactionId);
        assertThat(event.get("reason").get("code").asText()).isEqualTo("DEPOSIT_CARD_NOT_CREDIT");
        assertThat(event.get("cardType").asText()).isEqualTo("DEBIT");
    }

    @Test
    void T4_aSaleTakingTheDayOverItsLimitIsDeclinedAndPublished() {
        String serial = activeTerminal(); // its deposit swipe does not count towards the day (T3/T4)
        for (int i = 0; i < 10; i++) { // 500,000 yuan: the default daily limit of a PERSONAL merchant
            assertThat(capture(serial, card(UUID.randomUUID().toString(), "CREDIT", CREDIT_PAN, 5_000_000))
                    .getBody()).containsEntry("status", "APPROVED");
        }
        String transactionId = UUID.randomUUID().toString();

        ResponseEntity<Map> declined = capture(serial, card(transactionId, "CREDIT", CREDIT_PAN, 100));

        assertThat(declined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(declined.getBody()).containsEntry("status", "DECLINED").containsEntry("reason", "LIMIT_PER_DAY");
        JsonNode event = json(published(TRANSACTIONS, serial, "TransactionDeclined"));
        assertThat(event.get("transactionId").asText()).isEqualTo(transactionId);
        assertThat(event.get("reason").get("code").asText()).isEqualTo("LIMIT_PER_DAY");
    }

    @Test
    void T5_theSameTransactionTwiceGetsTheFirstAnswerAndAnotherBodyIsAConflict() {
        String serial = activeTerminal();
        String transactionId = UUID.randomUUID().toString();
        Map<String, Object> body = card(transactionId, "CREDIT", CREDIT_PAN, 20000);

        ResponseEntity<Map> first = capture(serial, body);
        ResponseEntity<Map> again = capture(serial, body);
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("amountFen", 20001);
        ResponseEntity<Map> conflict = capture(serial, changed);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(conflict.getBody()).containsEntry("code", "IDEMPOTENCY_CONFLICT");
        // A later capture on the same key (same partition): once it is published, so is everything before it.
        String marker = UUID.randomUUID().toString();
        capture(serial, card(marker, "CREDIT", CREDIT_PAN, 100));
        capturedRecord(serial, marker);
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), TRANSACTIONS)) {
            await().atMost(DEADLINE).until(() -> out.records(r -> serial.equals(r.key())
                    && TopicRecorder.value(r).contains(marker)), l -> l.size() == 1);
            assertThat(out.records(r -> serial.equals(r.key()) && TopicRecorder.value(r).contains(transactionId)))
                    .hasSize(1);
        }
    }

    @Test
    void T7_aSwitchTimeoutIsDeclinedPublishedAndReversedAtTheSwitch() {
        String serial = activeTerminal();
        String transactionId = UUID.randomUUID().toString();

        ResponseEntity<Map> declined = capture(serial, card(transactionId, "CREDIT", CREDIT_PAN, 10013));

        assertThat(declined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(declined.getBody()).containsEntry("status", "DECLINED").containsEntry("reason", "SWITCH_TIMEOUT");
        JsonNode event = json(published(TRANSACTIONS, serial, "TransactionDeclined"));
        assertThat(event.get("reason").get("code").asText()).isEqualTo("SWITCH_TIMEOUT");
        assertThat(event.get("amountFen").asLong()).isEqualTo(10013);
        await().atMost(DEADLINE).until(() -> rest.getForObject("/api/v1/simulation/card-switch", Map.class)
                .get("reversals").toString().contains(transactionId));
    }

    @Test
    void T5_aCaptureCarryingCvvIsRefusedWithoutEchoingIt(CapturedOutput output) {
        String serial = anySerial();
        register(serial, "ESIGN");
        String transactionId = UUID.randomUUID().toString();
        Map<String, Object> body = card(transactionId, "CREDIT", CREDIT_PAN, 9900);
        body.put("cvv", "987");

        ResponseEntity<String> refused = rest.postForEntity("/api/v1/terminals/" + serial + "/transactions", body,
                String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).contains("\"code\":\"SENSITIVE_CARD_DATA\"").doesNotContain("987")
                .doesNotContain(CREDIT_PAN);
        assertThat(jdbc.queryForObject("select count(*) from capture_answer where transaction_id = ?", Integer.class,
                transactionId)).isZero();
        assertThat(output.getAll()).doesNotContain(CREDIT_PAN);
    }

    @Test
    void T5_aCardNumberThatFailsLuhnIsRefusedWith422WithoutEchoingIt() {
        String serial = anySerial();
        register(serial, "ESIGN");

        ResponseEntity<String> refused = rest.postForEntity("/api/v1/terminals/" + serial + "/transactions",
                card(UUID.randomUUID().toString(), "CREDIT", "6258071234567890", 9900), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("\"code\":\"CARD_NUMBER_INVALID\"").contains("\"field\":\"pan\"")
                .doesNotContain("6258071234567890");
    }

    // T5: VOID and REFUND

    @Test
    void T5_aSaleIsVoidedOnItsBusinessDateAsTransactionVoidedAndASecondVoidIsDeclined() {
        String serial = activeTerminal();
        String merchantNo = terminal(serial).getBody().get("merchantNo").toString();
        String saleId = UUID.randomUUID().toString();
        ResponseEntity<Map> sale = capture(serial, card(saleId, "CREDIT", CREDIT_PAN, 12345));
        assertThat(sale.getBody()).containsEntry("status", "APPROVED");
        String voidId = UUID.randomUUID().toString();
        Map<String, Object> body = voiding(voidId, saleId, 12345);

        ResponseEntity<Map> voided = capture(serial, body);

        assertThat(voided.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(voided.getBody()).containsEntry("transactionId", voidId).containsEntry("status", "APPROVED")
                .containsEntry("reason", null).containsEntry("businessDate", sale.getBody().get("businessDate"));
        JsonNode event = json(published(TRANSACTIONS, serial, "TransactionVoided"));
        assertThat(event.get("transactionId").asText()).isEqualTo(voidId);
        assertThat(event.get("originalTransactionId").asText()).isEqualTo(saleId);
        assertThat(event.get("merchantNo").asText()).isEqualTo(merchantNo);
        assertThat(event.get("amountFen").asLong()).isEqualTo(12345);
        assertThat(event.get("businessDate").asText()).isEqualTo(sale.getBody().get("businessDate"));

        // T5's idempotency holds for a VOID too.
        assertThat(capture(serial, body).getBody()).isEqualTo(voided.getBody());
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("deviceTime", "2026-11-22T03:00:01Z");
        ResponseEntity<Map> conflict = capture(serial, changed);
        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.getBody()).containsEntry("code", "IDEMPOTENCY_CONFLICT");

        String secondVoidId = UUID.randomUUID().toString();
        ResponseEntity<Map> again = capture(serial, voiding(secondVoidId, saleId, 12345));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).containsEntry("status", "DECLINED").containsEntry("reason", "VOID_NOT_ALLOWED");
        JsonNode declined = json(published(TRANSACTIONS, serial, "TransactionDeclined"));
        assertThat(declined.get("transactionId").asText()).isEqualTo(secondVoidId);
        assertThat(declined.get("type").asText()).isEqualTo("VOID");
        // A VOID is published as TransactionVoided only, never as a TransactionCaptured.
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), TRANSACTIONS)) {
            List<ConsumerRecord<String, byte[]>> mentioningTheVoid = out.records(r -> serial.equals(r.key())
                    && TopicRecorder.value(r).contains(voidId));
            assertThat(ofType(mentioningTheVoid, "TransactionCaptured")).isEmpty();
        }
    }

    @Test
    void T5_aVoidOnTheNextBusinessDateIsDeclined() {
        String serial = activeTerminal();
        String saleId = UUID.randomUUID().toString();
        assertThat(capture(serial, card(saleId, "CREDIT", CREDIT_PAN, 12345)).getBody())
                .containsEntry("status", "APPROVED");

        clock.moveTo(clock.instant().plus(Duration.ofDays(1)));
        ResponseEntity<Map> voided = capture(serial, voiding(UUID.randomUUID().toString(), saleId, 12345));

        assertThat(voided.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(voided.getBody()).containsEntry("status", "DECLINED").containsEntry("reason", "VOID_NOT_ALLOWED");
    }

    @Test
    void T5_aT0MerchantsSaleIsNotVoided() {
        String serial = activeTerminal(SettlementSpeed.T0);
        String saleId = UUID.randomUUID().toString();
        assertThat(capture(serial, card(saleId, "CREDIT", CREDIT_PAN, 12345)).getBody())
                .containsEntry("status", "APPROVED");

        ResponseEntity<Map> voided = capture(serial, voiding(UUID.randomUUID().toString(), saleId, 12345));

        assertThat(voided.getBody()).containsEntry("status", "DECLINED").containsEntry("reason", "VOID_NOT_ALLOWED");
    }

    @Test
    void T5_theDepositSwipeCanBeNeitherVoidedNorRefunded() {
        String phone = anyPhone();
        String serial = boundTerminal(phone);
        activate(serial, codeIn(lastSms(phone)));
        String depositId = UUID.randomUUID().toString();
        assertThat(capture(serial, card(depositId, "CREDIT", CREDIT_PAN, 9900)).getBody())
                .containsEntry("purpose", "DEPOSIT");
        send(SETTLEMENTS, new DepositCollected(depositId, serial, terminal(serial).getBody().get("merchantNo")
                .toString(), DeviceModel.ESIGN, 9900, clock.instant()), UUID.randomUUID().toString());

        ResponseEntity<Map> voided = capture(serial, voiding(UUID.randomUUID().toString(), depositId, 9900));
        ResponseEntity<Map> refunded = capture(serial, refunding(UUID.randomUUID().toString(), depositId, 9900));

        assertThat(voided.getBody()).containsEntry("status", "DECLINED").containsEntry("reason", "VOID_NOT_ALLOWED");
        assertThat(refunded.getBody()).containsEntry("status", "DECLINED")
                .containsEntry("reason", "REFUND_EXCEEDS_ORIGINAL");
    }

    @Test
    void T5_aSaleIsRefundedOnlyOnceSettledAndAtMostItsAmountInTotal() {
        String serial = activeTerminal();
        String saleId = UUID.randomUUID().toString();
        assertThat(capture(serial, card(saleId, "CREDIT", CREDIT_PAN, 10000)).getBody())
                .containsEntry("status", "APPROVED");

        ResponseEntity<Map> tooEarly = capture(serial, refunding(UUID.randomUUID().toString(), saleId, 4000));

        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(tooEarly.getBody()).containsEntry("status", "DECLINED")
                .containsEntry("reason", "REFUND_EXCEEDS_ORIGINAL");

        String settledId = UUID.randomUUID().toString();
        settle(serial, saleId, 10000, settledId);
        settle(serial, saleId, 10000, settledId); // redelivered
        settle(serial, saleId, 10000, UUID.randomUUID().toString()); // published again under another id
        String closedId = UUID.randomUUID().toString();
        send(SETTLEMENTS, new SettlementDayClosed(java.time.LocalDate.of(2026, 11, 22), clock.instant()), closedId);
        await().atMost(DEADLINE).until(() -> received(SETTLEMENTS, closedId) == 1 && received(SETTLEMENTS, settledId) == 1);
        assertThat(jdbc.queryForObject("select count(*) from settled_sale where transaction_id = ?", Integer.class,
                saleId)).isOne();

        String refundId = UUID.randomUUID().toString();
        ResponseEntity<Map> refunded = capture(serial, refunding(refundId, saleId, 6000));
        ResponseEntity<Map> beyond = capture(serial, refunding(UUID.randomUUID().toString(), saleId, 4001));
        ResponseEntity<Map> remainder = capture(serial, refunding(UUID.randomUUID().toString(), saleId, 4000));

        assertThat(refunded.getBody()).containsEntry("status", "APPROVED").containsEntry("reason", null);
        assertThat(beyond.getBody()).containsEntry("status", "DECLINED")
                .containsEntry("reason", "REFUND_EXCEEDS_ORIGINAL");
        assertThat(remainder.getBody()).containsEntry("status", "APPROVED");
        JsonNode event = json(capturedRecord(serial, refundId));
        assertThat(event.get("type").asText()).isEqualTo("REFUND");
        assertThat(event.get("purpose").asText()).isEqualTo("SALE");
        assertThat(event.get("originalTransactionId").asText()).isEqualTo(saleId);
        assertThat(event.get("amountFen").asLong()).isEqualTo(6000);
        assertThat(event.get("card").get("bin").asText()).isEqualTo("625807");
        assertThat(TopicRecorder.value(capturedRecord(serial, refundId))).doesNotContain(CREDIT_PAN);
        // Settled, the SALE can no longer be voided.
        assertThat(capture(serial, voiding(UUID.randomUUID().toString(), saleId, 10000)).getBody())
                .containsEntry("reason", "VOID_NOT_ALLOWED");
    }

    // T8: replacement

    @Test
    void T8_anActiveTerminalIsReplacedByAStockTerminalOfItsModelThatCapturesAtOnce() {
        String old = activeTerminal();
        String merchantNo = terminal(old).getBody().get("merchantNo").toString();
        String replacement = anySerial();
        register(replacement, "ESIGN");

        ResponseEntity<Map> replaced = replace(old, replacement);

        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replaced.getBody()).containsEntry("serialNumber", old).containsEntry("status", "REPLACED")
                .containsEntry("newSerialNumber", replacement).containsEntry("newStatus", "ACTIVE")
                .containsEntry("merchantNo", merchantNo);
        assertThat(terminal(old).getBody()).containsEntry("status", "REPLACED");
        assertThat(terminal(replacement).getBody()).containsEntry("status", "ACTIVE")
                .containsEntry("merchantNo", merchantNo);
        ConsumerRecord<String, byte[]> record = published(old, "TerminalReplaced");
        assertThat(record.key()).isEqualTo(old);
        JsonNode event = json(record);
        assertThat(event.get("serialNumber").asText()).isEqualTo(old);
        assertThat(event.get("newSerialNumber").asText()).isEqualTo(replacement);
        assertThat(event.get("merchantNo").asText()).isEqualTo(merchantNo);
        assertThat(event.get("model").asText()).isEqualTo("ESIGN");
        // Asked again (the answer was lost): the same answer, nothing new.
        ResponseEntity<Map> again = replace(old, replacement);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).isEqualTo(replaced.getBody());

        ResponseEntity<Map> onOld = capture(old, card(UUID.randomUUID().toString(), "CREDIT", CREDIT_PAN, 12345));
        String saleId = UUID.randomUUID().toString();
        ResponseEntity<Map> onNew = capture(replacement, card(saleId, "CREDIT", CREDIT_PAN, 12345));

        assertThat(onOld.getBody()).containsEntry("status", "DECLINED").containsEntry("reason", "TERMINAL_NOT_ACTIVE");
        // No activation code, no deposit swipe: the first SALE of the new terminal is a SALE.
        assertThat(onNew.getBody()).containsEntry("status", "APPROVED").containsEntry("purpose", "SALE");
        assertThat(json(capturedRecord(replacement, saleId)).get("merchantNo").asText()).isEqualTo(merchantNo);
    }

    @Test
    void T8_aReplacementIsRefusedForAnUnknownSerialAnotherModelATerminalNotInStockOrAnOldOneNotActive() {
        String old = activeTerminal();
        String smart = anySerial();
        register(smart, "SMART");
        String bound = boundTerminal(anyPhone());
        String stock = anySerial();
        register(stock, "ESIGN");

        ResponseEntity<Map> unknown = replace(old, anySerial());
        ResponseEntity<Map> otherModel = replace(old, smart);
        ResponseEntity<Map> notInStock = replace(old, bound);
        ResponseEntity<Map> notActive = replace(bound, stock);
        ResponseEntity<Map> unknownOld = replace(anySerial(), stock);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("code", "SERIAL_UNKNOWN");
        assertThat(unknownOld.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherModel.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(otherModel.getBody()).containsEntry("code", "MODEL_MISMATCH");
        assertThat(notInStock.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notInStock.getBody()).containsEntry("code", "TERMINAL_NOT_IN_STOCK");
        assertThat(notActive.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notActive.getBody()).containsEntry("code", "TERMINAL_NOT_ACTIVE");
        for (ResponseEntity<Map> refused : List.of(unknown, otherModel, notInStock, notActive)) {
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        // Nothing of a refused replacement stays: the old terminal still transacts, the stock one is still in stock.
        assertThat(terminal(old).getBody()).containsEntry("status", "ACTIVE");
        assertThat(terminal(stock).getBody()).containsEntry("status", "STOCK");
        assertThat(capture(old, card(UUID.randomUUID().toString(), "CREDIT", CREDIT_PAN, 100)).getBody())
                .containsEntry("status", "APPROVED");
    }

    // PCI DSS 3.3–3.5: sensitive authentication data is refused, never echoed or logged; the PAN never leaves

    @Test
    void T5_aCaptureCarryingCvvPinAndTrack2IsRefusedAndNoneOfItNorThePanIsEchoedOrLogged(CapturedOutput output) {
        String serial = anySerial();
        register(serial, "ESIGN");
        String cvv = "7319";
        String pin = "958273";
        String track2 = CREDIT_PAN + "=30122010000048271";
        for (String field : List.of("cvv", "pin", "track2")) {
            Map<String, Object> body = card(UUID.randomUUID().toString(), "CREDIT", CREDIT_PAN, 9900);
            body.put("cvv", cvv);
            body.put("pin", pin);
            body.put("track2", track2);
            body.keySet().removeIf(k -> List.of("cvv", "pin", "track2").contains(k) && !k.equals(field));

            ResponseEntity<String> refused = rest.postForEntity("/api/v1/terminals/" + serial + "/transactions",
                    body, String.class);

            assertThat(refused.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody()).contains("\"code\":\"SENSITIVE_CARD_DATA\"").doesNotContain(cvv)
                    .doesNotContain(pin).doesNotContain("30122010000048271").doesNotContain(CREDIT_PAN);
        }
        Map<String, Object> all = card(UUID.randomUUID().toString(), "CREDIT", CREDIT_PAN, 9900);
        all.put("cvv", cvv);
        all.put("pin", pin);
        all.put("track2", track2);
        ResponseEntity<String> refused = rest.postForEntity("/api/v1/terminals/" + serial + "/transactions", all,
                String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"code\":\"SENSITIVE_CARD_DATA\"").doesNotContain(cvv)
                .doesNotContain(pin).doesNotContain("30122010000048271").doesNotContain(CREDIT_PAN);
        assertThat(jdbc.queryForObject("select count(*) from capture_answer where serial_number = ?", Integer.class,
                serial)).isZero();
        assertThat(output.getAll()).isNotEmpty().doesNotContain(cvv).doesNotContain(pin)
                .doesNotContain("30122010000048271").doesNotContain(CREDIT_PAN);
    }

    @Test
    void T5_aPublishedTransactionCapturedCarriesOnlyTheBinAndLastFourOfTheCard(CapturedOutput output) {
        String serial = activeTerminal();
        String saleId = UUID.randomUUID().toString();

        assertThat(capture(serial, card(saleId, "CREDIT", CREDIT_PAN, 12345)).getBody())
                .containsEntry("status", "APPROVED");

        ConsumerRecord<String, byte[]> record = capturedRecord(serial, saleId);
        JsonNode card = json(record).get("card");
        assertThat(card.size()).isEqualTo(2);
        assertThat(card.get("bin").asText()).isEqualTo(CREDIT_PAN.substring(0, 6));
        assertThat(card.get("last4").asText()).isEqualTo(CREDIT_PAN.substring(12));
        StringBuilder everything = new StringBuilder(TopicRecorder.value(record));
        record.headers().forEach(h -> everything.append(new String(h.value(), StandardCharsets.UTF_8)));
        assertThat(everything.toString()).doesNotContain(CREDIT_PAN).doesNotContain(CREDIT_PAN.substring(6, 12))
                .doesNotContainPattern("625807\\d{7,13}"); // no card number of that BIN, whole or cut
        assertThat(output.getAll()).doesNotContain(CREDIT_PAN);
    }

    // T1/T2 一机一户 under concurrency

    @Test
    void T1_twoConcurrentRegistrationsOfOneSerialGiveExactlyOne201AndOne409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String serial = anySerial();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return register(serial, "ESIGN");
                    }));
                }
                start.countDown();
                List<HttpStatusCode> statuses = new ArrayList<>();
                for (Future<ResponseEntity<Map>> answer : answers) {
                    statuses.add(answer.get(30, TimeUnit.SECONDS).getStatusCode());
                }

                assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
                assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type like '%TerminalRegistered'", Integer.class, serial)).isOne();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void T2_twoMerchantsRacingToBindOneStockTerminalLeaveItBoundToExactlyOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String serial = anySerial();
                register(serial, "ESIGN");
                List<String> merchants = List.of(anyMerchantNo(), anyMerchantNo());
                // The merchants' phones are known; onboarding them here would allocate them terminals (T2).
                merchants.forEach(m -> phones.save(new MerchantPhone(m, null, SEALING.seal(anyPhone(), Mask.PHONE))));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> binds = new ArrayList<>();
                for (String merchantNo : merchants) {
                    binds.add(pool.submit(() -> {
                        start.await();
                        activation.bind(io.posflow.terminal.domain.terminal.SerialNumber.of(serial),
                                io.posflow.terminal.domain.terminal.MerchantNo.of(merchantNo),
                                io.posflow.terminal.domain.terminal.TerminalModel.ESIGN,
                                io.posflow.terminal.domain.terminal.ApplicantType.PERSONAL,
                                io.posflow.terminal.domain.terminal.SettlementSpeed.T1);
                        return null;
                    }));
                }
                start.countDown();
                int bound = 0;
                for (Future<?> bind : binds) {
                    try {
                        bind.get(30, TimeUnit.SECONDS);
                        bound++;
                    } catch (ExecutionException refused) {
                        // the loser: not in stock any more, or it lost the race on the event store
                    }
                }

                assertThat(bound).isOne();
                assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type like '%TerminalBound'", Integer.class, serial)).isOne();
                Object owner = terminal(serial).getBody().get("merchantNo");
                assertThat(merchants).contains(String.valueOf(owner));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // REST errors

    @Test
    void T1_anUnknownSerialIsRefusedWith404OnEveryTerminalPath() {
        String serial = anySerial();

        ResponseEntity<Map> get = terminal(serial);
        ResponseEntity<Map> deregistration = rest.postForEntity("/api/v1/terminals/" + serial + "/deregistration",
                null, Map.class);
        ResponseEntity<Map> activation = activate(serial, "123456789012");
        ResponseEntity<Map> reissue = rest.postForEntity("/api/v1/terminals/" + serial + "/activation-code", null,
                Map.class);
        ResponseEntity<Map> unlock = rest.postForEntity("/api/v1/terminals/" + serial + "/unlock", null, Map.class);
        ResponseEntity<Map> capture = capture(serial, card(UUID.randomUUID().toString(), "CREDIT", CREDIT_PAN, 9900));
        ResponseEntity<Map> replacement = replace(serial, anySerial());

        for (ResponseEntity<Map> refused : List.of(get, deregistration, activation, reissue, unlock, capture,
                replacement)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody()).containsEntry("code", "SERIAL_UNKNOWN");
        }
    }

    @Test
    void T1_aSecondRegistrationOfASerialIsRefusedWith409() {
        String serial = anySerial();
        register(serial, "ESIGN");

        ResponseEntity<Map> again = register(serial, "ESIGN");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again.getBody()).containsEntry("code", "SERIAL_DUPLICATE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void T1_aMalformedSerialIsRefusedWith422NamingTheField() {
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
    void T1_aRegistrationWithoutAModelIsRefusedWith422() {
        ResponseEntity<Map> refused = rest.postForEntity("/api/v1/terminals",
                Map.of("serialNumber", anySerial(), "vendor", "Lakala"), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("code", "INVALID_INPUT");
        assertThat(refused.getBody().get("errors").toString()).contains("field=model");
    }

    @Test
    void T1_aRegistrationWithAnUnknownModelIsAMalformedRequest() {
        ResponseEntity<Map> refused = rest.postForEntity("/api/v1/terminals",
                Map.of("serialNumber", anySerial(), "model", "FOLDING", "vendor", "Lakala"), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("code", "MALFORMED_REQUEST");
    }

    // helpers

    /** A registered ESIGN terminal bound to a new merchant with {@code phone}; its code was sent there. */
    private String boundTerminal(String phone) {
        return boundTerminal(phone, SettlementSpeed.T1);
    }

    private String boundTerminal(String phone, SettlementSpeed speed) {
        String serial = anySerial();
        register(serial, "ESIGN");
        send(onboarded(anyMerchantNo(), serial, DeviceModel.ESIGN, phone, speed), UUID.randomUUID().toString());
        await().atMost(DEADLINE).until(() -> sms(phone), l -> !l.isEmpty());
        return serial;
    }

    /** An ACTIVE terminal: bound, code entered, deposit paid. */
    private String activeTerminal() {
        return activeTerminal(SettlementSpeed.T1);
    }

    private String activeTerminal(SettlementSpeed speed) {
        String phone = anyPhone();
        String serial = boundTerminal(phone, speed);
        assertThat(activate(serial, codeIn(lastSms(phone))).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(capture(serial, card(UUID.randomUUID().toString(), "CREDIT", CREDIT_PAN, 9900)).getBody())
                .containsEntry("status", "APPROVED");
        return serial;
    }

    private ResponseEntity<Map> activate(String serial, String code) {
        return rest.postForEntity("/api/v1/terminals/" + serial + "/activation", Map.of("activationCode", code),
                Map.class);
    }

    private ResponseEntity<Map> capture(String serial, Map<String, Object> body) {
        return rest.postForEntity("/api/v1/terminals/" + serial + "/transactions", body, Map.class);
    }

    private static Map<String, Object> voiding(String transactionId, String originalId, long amountFen) {
        Map<String, Object> body = card(transactionId, "CREDIT", CREDIT_PAN, amountFen);
        body.put("type", "VOID");
        body.put("originalTransactionId", originalId);
        return body;
    }

    private static Map<String, Object> refunding(String transactionId, String originalId, long amountFen) {
        Map<String, Object> body = card(transactionId, "CREDIT", CREDIT_PAN, amountFen);
        body.put("type", "REFUND");
        body.put("originalTransactionId", originalId);
        return body;
    }

    private ResponseEntity<Map> replace(String serial, String newSerial) {
        return rest.postForEntity("/api/v1/terminals/" + serial + "/replacement", Map.of("newSerialNumber", newSerial),
                Map.class);
    }

    private static Map<String, Object> card(String transactionId, String cardType, String pan, long amountFen) {
        Map<String, Object> body = new HashMap<>();
        body.put("transactionId", transactionId);
        body.put("type", "SALE");
        body.put("channel", "CARD");
        body.put("cardType", cardType);
        body.put("pan", pan);
        body.put("cardholderName", "李四");
        body.put("amountFen", amountFen);
        body.put("deviceTime", "2026-11-22T03:00:00Z");
        return body;
    }

    private List<Map<String, Object>> sms(String phone) {
        return rest.exchange("/api/v1/simulation/sms?phone=" + phone, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    private String lastSms(String phone) {
        List<Map<String, Object>> texts = sms(phone);
        return texts.get(texts.size() - 1).get("text").toString();
    }

    private static String codeIn(String text) {
        Matcher matcher = TWELVE_DIGITS.matcher(text);
        assertThat(matcher.find()).as("12 consecutive digits in the SMS").isTrue();
        return matcher.group(1);
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConsumerRecord<String, byte[]> capturedRecord(String serial, String transactionId) {
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), TRANSACTIONS)) {
            return await().atMost(DEADLINE).until(() -> ofType(out.records(r -> serial.equals(r.key())
                    && TopicRecorder.value(r).contains("\"transactionId\":\"" + transactionId + "\"")),
                    "TransactionCaptured"), l -> l.size() == 1).get(0);
        }
    }

    private static String anyPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private ResponseEntity<Map> register(String serial, String model) {
        return rest.postForEntity("/api/v1/terminals",
                Map.of("serialNumber", serial, "model", model, "vendor", "Lakala"), Map.class);
    }

    private ResponseEntity<Map> terminal(String serial) {
        return rest.getForEntity("/api/v1/terminals/" + serial, Map.class);
    }

    private static MerchantOnboarded onboarded(String merchantNo, String serial, DeviceModel model) {
        return onboarded(merchantNo, serial, model, anyPhone());
    }

    private static MerchantOnboarded onboarded(String merchantNo, String serial, DeviceModel model, String phone) {
        return onboarded(merchantNo, serial, model, phone, SettlementSpeed.T1);
    }

    private static MerchantOnboarded onboarded(String merchantNo, String serial, DeviceModel model, String phone,
                                               SettlementSpeed speed) {
        SettlementAccount account = new SettlementAccount(AccountType.PERSONAL_CARD,
                SEALING.seal("王小明", Mask.NAME), SEALING.seal("6222020200112345679", Mask.CARD_NUMBER),
                "中国工商银行", "中国工商银行北京朝阳支行", SEALING.seal("13800138000", Mask.PHONE));
        return new MerchantOnboarded(merchantNo, UUID.randomUUID().toString(), ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", model, speed, serial, SEALING.seal(phone, Mask.PHONE),
                account, new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"), Instant.parse("2026-11-22T02:15:30Z"));
    }

    /** settlement-service settles {@code saleId} (T+1 run of the next day), as it publishes it. */
    private void settle(String serial, String saleId, long amountFen, String ceId) {
        String merchantNo = terminal(serial).getBody().get("merchantNo").toString();
        Instant capturedAt = clock.instant();
        java.time.LocalDate businessDate = capturedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        long fee = amountFen * 60 / 10_000;
        send(SETTLEMENTS, new TransactionSettled(saleId, serial, merchantNo,
                io.posflow.contracts.terminal.TransactionType.SALE, PaymentChannel.CARD, CardType.CREDIT, null,
                amountFen, fee, 0, amountFen - fee, capturedAt, businessDate, businessDate.plusDays(1),
                SettlementSpeed.T1, null), ceId);
    }

    private static void send(String topic, IntegrationEvent event, String ceId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.key(), WIRE.write(event));
        record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", EventCatalogue.of(event).ceType().getBytes(StandardCharsets.UTF_8));
        producer.send(record);
        producer.flush();
    }

    /** Answers the partition the record went to. */
    private static int send(MerchantOnboarded event, String ceId) {
        return send(new ProducerRecord<>(MERCHANTS, event.key(), WIRE.write(event)), ceId);
    }

    private static int send(MerchantOnboarded event, String ceId, int partition) {
        return send(new ProducerRecord<>(MERCHANTS, partition, event.key(), WIRE.write(event)), ceId);
    }

    private static int send(ProducerRecord<String, byte[]> record, String ceId) {
        record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", MERCHANT_ONBOARDED.getBytes(StandardCharsets.UTF_8));
        try {
            return producer.send(record).get(30, TimeUnit.SECONDS).partition();
        } catch (InterruptedException | ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not publish " + record.key(), e);
        }
    }

    private static ConsumerRecord<String, byte[]> published(String serial, String eventName) {
        return published(TERMINALS, serial, eventName);
    }

    private static ConsumerRecord<String, byte[]> published(String topic, String serial, String eventName) {
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), topic)) {
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
        return received(MERCHANTS, ceId);
    }

    private int received(String topic, String ceId) {
        return jdbc.queryForObject("select count(*) from inbound_message where message_key = ?", Integer.class,
                topic + "/" + ceId);
    }

    private static String anySerial() {
        return "LKLE" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static String anyMerchantNo() {
        return "822110054" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
