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
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.clock.SimulationClock;
import io.posflow.platform.pii.SubjectKeyVault;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import io.posflow.terminal.readmodel.state.MerchantPhone;
import io.posflow.terminal.readmodel.state.MerchantPhoneRepository;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * architecture §4 (issue 6): the merchant's phone is stored under its data subject's key — the application it was
 * onboarded from — and can be crypto-shredded; the terminal's events and the service's work for the merchant do not
 * need it. The merchant relationship has no end event yet, so the tests end it on the vault directly, and this class
 * sets the archive duty to nothing ({@code posflow.pii.archive-duty=P0D}) so as not to move the clock five years.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "posflow.pii.archive-duty=P0D")
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TerminalPersonalDataIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String MERCHANTS = Topics.ONBOARDING_MERCHANTS.name();
    private static final String TERMINALS = Topics.TERMINAL_TERMINALS.name();
    private static final String TRANSACTIONS = Topics.TERMINAL_TRANSACTIONS.name();
    private static final String CREDIT_PAN = "6258071234567896";
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)(\\d{12})(?!\\d)");
    private static final String MERCHANT_ONBOARDED = EventCatalogue.byClass(MerchantOnboarded.class).ceType();
    /** The documented simulation transport key (id sim-2026), as onboarding-service seals with it. */
    private static final SealedValueCodec TRANSPORT = new SealedValueCodec(
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
    SimulationClock clock;
    @Autowired
    MerchantPhoneRepository phones;
    @Autowired
    SubjectSealing sealing;
    @Autowired
    SubjectKeyVault vault;

    @Test
    void personalData_theMerchantsPhoneIsStoredUnderItsApplicationsKeyAndNowhereInClear(CapturedOutput output) {
        String phone = anyPhone();
        String serial = anySerial();
        String merchantNo = anyMerchantNo();
        MerchantOnboarded onboarded = onboarded(merchantNo, serial, phone);
        register(serial);

        send(onboarded, UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> sms(phone), l -> l.size() == 1);
        Map<String, Object> row = jdbc.queryForMap("select * from merchant_phone where merchant_no = ?", merchantNo);
        assertThat(row.get("KEY_ID")).isEqualTo("subject:" + onboarded.applicationId());
        assertThat(row.get("APPLICATION_ID")).isEqualTo(onboarded.applicationId());
        assertThat(row.toString()).doesNotContain(phone);
        assertThat(sealing.reveal(storedPhone(merchantNo))).contains(phone);
        assertThat(vault.subject(onboarded.applicationId())).as("the subject's key is kept in pii_subject_key")
                .isPresent();
        List<byte[]> events = jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ?",
                byte[].class, serial);
        assertThat(events).isNotEmpty().allSatisfy(payload ->
                assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain(phone));
        // terminal-service publishes no personal data: neither the phone nor anything under a subject's key
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), TERMINALS)) {
            List<ConsumerRecord<String, byte[]>> published = await().atMost(DEADLINE)
                    .until(() -> out.records(r -> serial.equals(r.key())), l -> l.size() >= 2);
            assertThat(published).allSatisfy(r -> assertThat(TopicRecorder.value(r))
                    .doesNotContain(phone).doesNotContain(SubjectSealing.KEY_ID_PREFIX));
        }
        assertThat(output.getAll()).doesNotContain(phone);
    }

    @Test
    void personalData_aShreddedMerchantsPhoneCannotBeRevealedWhileItsTerminalStillActivatesAndCaptures() {
        String phone = anyPhone();
        String serial = anySerial();
        String merchantNo = anyMerchantNo();
        MerchantOnboarded onboarded = onboarded(merchantNo, serial, phone);
        String subject = onboarded.applicationId();
        register(serial);
        send(onboarded, UUID.randomUUID().toString());
        String code = codeIn(await().atMost(DEADLINE).until(() -> sms(phone), l -> l.size() == 1).get(0));
        SealedValue stored = storedPhone(merchantNo);

        assertThat(shred(subject).getStatusCode()).as("the relationship has not ended").isEqualTo(HttpStatus.CONFLICT);
        assertThat(shred(subject).getBody()).containsEntry("code", "ARCHIVE_DUTY");
        vault.relationshipEnded(subject, clock.instant());
        ResponseEntity<Map> shredded = shred(subject);

        assertThat(shredded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sealing.reveal(stored)).as("unreadable after shredding").isEmpty();
        assertThat(storedPhone(merchantNo).masked()).as("the masked form stays").isEqualTo(stored.masked());
        // T2/T3 do not need the phone: the code it received still activates, the deposit swipe and a SALE are
        // captured, so the terminal's events still load and replay.
        ResponseEntity<Map> activated = rest.postForEntity("/api/v1/terminals/" + serial + "/activation",
                Map.of("activationCode", code), Map.class);
        assertThat(activated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(capture(serial, 9900)).containsEntry("status", "APPROVED")
                .containsEntry("purpose", "DEPOSIT");
        assertThat(capture(serial, 12_000)).containsEntry("status", "APPROVED")
                .containsEntry("purpose", "SALE");
        assertThat(rest.getForObject("/api/v1/terminals/" + serial, Map.class)).containsEntry("status", "ACTIVE")
                .containsEntry("merchantNo", merchantNo);
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), TRANSACTIONS)) {
            await().atMost(DEADLINE).until(() -> out.records(r -> serial.equals(r.key())), l -> l.size() >= 2);
        }
    }

    @Test
    void personalData_aShreddedMerchantGetsNoSmsForAReissuedCodeAndItsMerchantOnboardedDeliveredAgainIsNotFailed(
            CapturedOutput output) {
        String phone = anyPhone();
        String serial = anySerial();
        String merchantNo = anyMerchantNo();
        MerchantOnboarded onboarded = onboarded(merchantNo, serial, phone);
        register(serial);
        send(onboarded, UUID.randomUUID().toString());
        await().atMost(DEADLINE).until(() -> sms(phone), l -> l.size() == 1);
        vault.relationshipEnded(onboarded.applicationId(), clock.instant());
        assertThat(shred(onboarded.applicationId()).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> reissued = rest.postForEntity("/api/v1/terminals/" + serial + "/activation-code", null,
                Map.class);

        assertThat(reissued.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(sms(phone)).as("no SMS without a readable phone").hasSize(1);
        assertThat(output.getAll()).contains("Activation code for merchant " + merchantNo + " not sent")
                .doesNotContain(phone);

        send(onboarded, UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> phones.findById(merchantNo).orElseThrow().phone().keyId(),
                SubjectSealing.SHREDDED_KEY_ID::equals);
        assertThat(sealing.reveal(storedPhone(merchantNo))).isEmpty();
        assertThat(storedPhone(merchantNo).masked()).isEqualTo(onboarded.phone().masked());
        assertThat(rest.getForObject("/api/v1/terminals/" + serial, Map.class)).containsEntry("status", "BOUND");
    }

    @Test
    void personalData_aPhoneKeptBeforeSubjectKeysStillReceivesTheReissuedCode() {
        String serial = anySerial();
        String merchantNo = anyMerchantNo();
        register(serial);
        send(onboarded(merchantNo, serial, anyPhone()), UUID.randomUUID().toString());
        await().atMost(DEADLINE).until(() -> rest.getForObject("/api/v1/terminals/" + serial, Map.class),
                t -> "BOUND".equals(t.get("status")));
        String phone = anyPhone();
        // a row as kept before per-subject keys: no application id, the value sealed for transport
        phones.save(new MerchantPhone(merchantNo, null, TRANSPORT.seal(phone, Mask.PHONE)));

        ResponseEntity<Map> reissued = rest.postForEntity("/api/v1/terminals/" + serial + "/activation-code", null,
                Map.class);

        assertThat(reissued.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(sms(phone)).hasSize(1);
    }

    // helpers

    private SealedValue storedPhone(String merchantNo) {
        return phones.findById(merchantNo).map(MerchantPhone::phone).orElseThrow();
    }

    private ResponseEntity<Map> shred(String subject) {
        return rest.postForEntity("/api/v1/ops/data-subjects/" + subject + "/shredding", null, Map.class);
    }

    private void register(String serial) {
        assertThat(rest.postForEntity("/api/v1/terminals",
                Map.of("serialNumber", serial, "model", "ESIGN", "vendor", "Lakala"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    private Map capture(String serial, long amountFen) {
        Map<String, Object> body = new HashMap<>();
        body.put("transactionId", UUID.randomUUID().toString());
        body.put("type", "SALE");
        body.put("channel", "CARD");
        body.put("cardType", "CREDIT");
        body.put("pan", CREDIT_PAN);
        body.put("cardholderName", "李四");
        body.put("amountFen", amountFen);
        body.put("deviceTime", "2026-11-22T03:00:00Z");
        return rest.postForEntity("/api/v1/terminals/" + serial + "/transactions", body, Map.class).getBody();
    }

    private List<String> sms(String phone) {
        return rest.exchange("/api/v1/simulation/sms?phone=" + phone, HttpMethod.GET, null,
                        new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody().stream()
                .map(m -> m.get("text").toString()).toList();
    }

    private static String codeIn(String text) {
        Matcher matcher = TWELVE_DIGITS.matcher(text);
        assertThat(matcher.find()).as("12 consecutive digits in the SMS").isTrue();
        return matcher.group(1);
    }

    private static MerchantOnboarded onboarded(String merchantNo, String serial, String phone) {
        SettlementAccount account = new SettlementAccount(AccountType.PERSONAL_CARD,
                TRANSPORT.seal("王小明", Mask.NAME), TRANSPORT.seal("6222020200112345679", Mask.CARD_NUMBER),
                "中国工商银行", "中国工商银行北京朝阳支行", TRANSPORT.seal("13800138000", Mask.PHONE));
        return new MerchantOnboarded(merchantNo, UUID.randomUUID().toString(), ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", DeviceModel.ESIGN, SettlementSpeed.T1, serial,
                TRANSPORT.seal(phone, Mask.PHONE), account, new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"),
                Instant.parse("2026-11-22T02:15:30Z"));
    }

    private static void send(MerchantOnboarded event, String ceId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(MERCHANTS, event.key(), WIRE.write(event));
        record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", MERCHANT_ONBOARDED.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + record.key(), e);
        }
    }

    private static String anyPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String anySerial() {
        return "LKLE" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static String anyMerchantNo() {
        return "822110055" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
}
