package io.posflow.onboarding;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.partnerbank.PartnerBankHeaders;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.contracts.topics.Topics;
import io.posflow.onboarding.adapter.messaging.inbound.TestBanks;
import io.posflow.onboarding.domain.partnerbank.BankReference;
import io.posflow.platform.messaging.deadletter.DeadLetterHeaders;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TestProducer;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.OTHERBANK;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.TESTBANK;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.TESTBANK_KEY_ID;
import static io.posflow.onboarding.adapter.messaging.inbound.TestBanks.TESTBANK_PRIVATE_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Partner banks publish signed applications and read their feedback (architecture §4 delivery rules, §5, O4, K9;
 * ADR 14), against the real broker: a bank's record is produced with its signature headers exactly as a bank
 * would, and the feedback, the DLT and the published application are read from their topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class PartnerBankIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String APPLICATIONS_IN = Topics.PARTNER_BANK_APPLICATIONS.name();
    private static final String DLT = APPLICATIONS_IN + ".dlt";
    private static final String FEEDBACK = Topics.PARTNER_BANK_APPLICATION_FEEDBACK.name();
    private static final String PUBLISHED = Topics.ONBOARDING_APPLICATIONS.name();
    private static final String KYC = Topics.KYC_VERIFICATIONS.name();
    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final ObjectMapper JSON = new ObjectMapper();

    // The applicant's clear personal data: it arrives in clear from the bank and must appear on no topic.
    private static final String ID_NUMBER = "110105199003071239";
    private static final AtomicInteger APPLICANTS = new AtomicInteger(600);
    private static final String PHONE = "13800138000";
    private static final String NAME = "王小明";
    private static final String CARD_NUMBER = "6222021234567890128";

    /**
     * architecture §5: the REST application without channel and without FACE_LIVENESS, and who vouched for it. MCC 5331
     * is used by no other test: merchant numbers start afresh in each test's database, the broker is shared.
     */
    private static final String MESSAGE = """
            { "bankCode": "%5$s", "bankReference": "%6$s", "branchCode": "110105001",
              "staffId": "E2231", "verifiedInPersonAt": "2026-11-22T02:10:00Z",
              "application": {
                "applicantType": "PERSONAL",
                "merchantName": "北京市朝阳区老王便利店",
                "mcc": "5331",
                "businessAddress": {"province": "北京市", "city": "北京市", "district": "朝阳区", "street": "建国路88号"},
                "deviceModel": "ESIGN",
                "settlementSpeed": "T1",
                "applicant": {"name": "%1$s", "idNumber": "%2$s", "idValidUntil": "2035-05-01", "phone": "%3$s"},
                "settlementAccount": {"holderName": "%1$s", "cardNumber": "%4$s", "bankName": "中国工商银行",
                                      "branchName": "中国工商银行北京朝阳支行", "reservedPhone": "%3$s"},
                "materials": [{"kind": "ID_FRONT", "documentId": "doc-front"}, {"kind": "ID_BACK", "documentId": "doc-back"},
                              {"kind": "BANK_CARD", "documentId": "doc-card"}, {"kind": "SCENE_PHOTO", "documentId": "doc-scene"}],
                "agreement": {"signedName": "%1$s"} } }
            """;

    private static KafkaProducer<String, byte[]> bank;
    private static TestProducer kyc;
    /** One uploaded photo serves as every material of the test applications. */
    private static String photo;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void producers() {
        // kyc-service owns its topic; it exists before this service starts consuming.
        RealKafka.ensureTopics(Topics.KYC_VERIFICATIONS.partitions(), KYC);
        bank = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
        kyc = new TestProducer();
    }

    @AfterAll
    static void closeProducers() {
        bank.close();
        kyc.close();
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    private TopicRecorder feedback;

    @BeforeEach
    void uploadThePhotoAndReadTheFeedback() {
        if (photo == null) {
            photo = UploadedDocuments.photo(rest, "photo.jpg");
        }
        feedback = new TopicRecorder(RealKafka.bootstrapServers(), FEEDBACK);
    }

    @AfterEach
    void stopReading() {
        feedback.close();
    }

    // --- accepted ----------------------------------------------------------------------------------

    @Test
    void O4_K9_aSignedPartnerBankApplicationIsReceivedAndApprovedWithoutAFaceCapture() {
        BankReference ref = reference(TESTBANK);
        String value = message(ref);
        double accepted = count("posflow.partnerbank.accepted");

        sendSigned(ref.key(), value);

        String id = ref.applicationId().value();
        Map<String, Object> received = awaitFeedback(ref, "ApplicationReceived", 1).get(0);
        assertThat(received).containsEntry("applicationId", id).containsEntry("bankCode", TESTBANK)
                .containsEntry("bankReference", ref.bankReference());
        try (TopicRecorder published = new TopicRecorder(RealKafka.bootstrapServers(), PUBLISHED)) {
            String submitted = TopicRecorder.value(await().atMost(DEADLINE)
                    .until(() -> published.records(r -> id.equals(r.key())), l -> !l.isEmpty()).get(0));
            assertThat(submitted).contains("\"channel\":\"PARTNER_BANK\"", "\"partnerBank\":{",
                    "\"bankCode\":\"TESTBANK\"", "\"bankReference\":\"" + ref.bankReference() + "\"",
                    "\"staffId\":\"E2231\"", "\"branchCode\":\"110105001\"", "\"kind\":\"SCENE_PHOTO\"");
            assertThat(submitted).doesNotContain("FACE_LIVENESS", ID_NUMBER, PHONE, NAME, CARD_NUMBER);
        }
        Map<String, Object> underReview = awaitStatus(ref, "UNDER_REVIEW");
        assertThat(underReview).containsEntry("applicationId", id);
        assertThat(types(ref)).startsWith("ApplicationReceived", "ApplicationStatusChanged");

        kyc.send(KYC, id, ceType(passed(id)), UUID.randomUUID().toString(), CODEC.write(passed(id)));

        Map<String, Object> approved = awaitStatus(ref, "APPROVED");
        assertThat((String) approved.get("merchantNo")).matches("48411005331[0-9]{4}");
        assertThat(application(id).getBody()).containsEntry("status", "APPROVED");
        assertThat(feedback.records(r -> ref.key().equals(r.key())))
                .allSatisfy(r -> assertThat(TopicRecorder.value(r)).doesNotContain(ID_NUMBER, PHONE, NAME, CARD_NUMBER));
        assertThat(count("posflow.partnerbank.accepted")).isGreaterThan(accepted);
    }

    @Test
    void O4_theSameApplicationSentTwiceIsOneApplicationReceivedTwiceUnderOneId() {
        BankReference ref = reference(TESTBANK);
        String value = message(ref);
        String signature = TestBanks.sign(TESTBANK_PRIVATE_KEY, value);

        send(ref.key(), value, TESTBANK_KEY_ID, signature);
        send(ref.key(), value, TESTBANK_KEY_ID, signature);

        List<Map<String, Object>> receipts = awaitFeedback(ref, "ApplicationReceived", 2);
        assertThat(receipts).extracting(r -> r.get("applicationId")).containsOnly(ref.applicationId().value());
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%.ApplicationSubmitted'", Integer.class, ref.applicationId().value())).isOne();
        assertThat(application(ref.applicationId().value()).getBody()).containsEntry("status", "UNDER_REVIEW");
    }

    @Test
    void O7_aReturnedPartnerBankApplicationIsReportedToTheBankWithItsReasons() {
        BankReference ref = reference(TESTBANK);
        sendSigned(ref.key(), message(ref));
        awaitStatus(ref, "UNDER_REVIEW");
        String id = ref.applicationId().value();
        KycFailed failed = new KycFailed("case-" + id, KycSubjectType.APPLICATION, id, 1,
                List.of(Reason.of(ReasonCode.NAME_MISMATCH)), Instant.now());

        kyc.send(KYC, id, ceType(failed), UUID.randomUUID().toString(), CODEC.write(failed));

        Map<String, Object> returned = awaitStatus(ref, "RETURNED");
        assertThat((List<Map<String, Object>>) returned.get("reasons")).extracting(r -> r.get("code"))
                .containsExactly("NAME_MISMATCH");
        assertThat(returned).doesNotContainKey("merchantNo");
    }

    // --- refused, not dead-lettered ----------------------------------------------------------------

    @Test
    void O3_K1_formatProblemsAreRefusedFieldByFieldWithTheirCodesAndNotDeadLettered() {
        BankReference ref = reference(TESTBANK);
        String wrongCheckCharacter = freshIdNumber().substring(0, 17) + "0";
        String value = message(ref, wrongCheckCharacter.endsWith("0") && isValid(wrongCheckCharacter)
                ? wrongCheckCharacter.substring(0, 17) + "1" : wrongCheckCharacter)
                .replace("北京市朝阳区老王便利店", "老王便利店第一分店");
        double format = count("posflow.partnerbank.refused", "reason", "format");

        sendSigned(ref.key(), value);

        Map<String, Object> refused = awaitFeedback(ref, "ApplicationRefused", 1).get(0);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.get("errors");
        assertThat(errors).extracting(e -> e.get("field") + " " + e.get("code")).containsExactlyInAnyOrder(
                "application.applicant.idNumber ID_NUMBER_INVALID", "application.merchantName MERCHANT_NAME_NO_CITY");
        assertThat(refused.toString()).doesNotContain(wrongCheckCharacter, "老王便利店第一分店");
        assertThat(application(ref.applicationId().value()).getStatusCode().value()).isEqualTo(404);
        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), DLT)) {
            assertThat(dlt.records(r -> ref.key().equals(r.key()))).isEmpty();
        }
        assertThat(count("posflow.partnerbank.refused", "reason", "format")).isGreaterThan(format);
    }

    // --- dead-lettered and refused -----------------------------------------------------------------

    @Test
    void DESIGN5_anUnsignedApplicationGoesToTheDltAndIsRefused() {
        BankReference ref = reference(TESTBANK);
        double missing = count("posflow.partnerbank.refused", "reason", "signature_missing");

        send(ref.key(), message(ref), null, null);

        assertDeadLetteredAndRefused(ref, "SIGNATURE_MISSING");
        assertThat(count("posflow.partnerbank.refused", "reason", "signature_missing")).isGreaterThan(missing);
    }

    @Test
    void DESIGN5_anApplicationAlteredAfterSigningGoesToTheDltAndIsRefused() {
        BankReference ref = reference(TESTBANK);
        String value = message(ref);
        String signature = TestBanks.sign(TESTBANK_PRIVATE_KEY, value);

        send(ref.key(), value.replace("\"staffId\": \"E2231\"", "\"staffId\": \"E9999\""), TESTBANK_KEY_ID, signature);

        assertDeadLetteredAndRefused(ref, "SIGNATURE_INVALID");
    }

    @Test
    void DESIGN5_aBankCodeThatIsNotTheSignersGoesToTheDltAndIsRefused() {
        BankReference ref = reference(OTHERBANK);

        sendSigned(ref.key(), message(ref));   // signed with TESTBANK's key, in OTHERBANK's name

        Map<String, Object> refused = assertDeadLetteredAndRefused(ref, "SIGNER_MISMATCH");
        assertThat((List<Map<String, Object>>) refused.get("errors")).extracting(e -> e.get("field"))
                .containsExactly("bankCode");
    }

    @Test
    void DESIGN4_aRecordKeyThatIsNotThePayloadsBankReferenceGoesToTheDltAndIsRefused() {
        BankReference ref = reference(TESTBANK);
        BankReference other = reference(TESTBANK);

        sendSigned(ref.key(), message(other));

        assertDeadLetteredAndRefused(ref, "KEY_MISMATCH");
        assertThat(application(other.applicationId().value()).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void DESIGN4_unreadableJsonKeyedForARegisteredBankGoesToTheDltAndIsRefused() {
        BankReference ref = reference(TESTBANK);

        sendSigned(ref.key(), "{\"bankCode\": \"TESTBANK\", \"application\": " + ID_NUMBER);

        Map<String, Object> refused = assertDeadLetteredAndRefused(ref, "NOT_JSON");
        assertThat(refused.toString()).doesNotContain(ID_NUMBER);
    }

    @Test
    void DESIGN4_aSchemaViolationGoesToTheDltAndIsRefusedNamingTheFields() {
        BankReference ref = reference(TESTBANK);

        sendSigned(ref.key(), message(ref).replace("\"mcc\": \"5331\",", "").replace("\"ESIGN\"", "\"POS\""));

        Map<String, Object> refused = assertDeadLetteredAndRefused(ref, "SCHEMA_VIOLATION");
        assertThat((List<Map<String, Object>>) refused.get("errors")).extracting(e -> e.get("field"))
                .contains("application.deviceModel");
        assertThat(refused.toString()).doesNotContain("POS\"");
    }

    @Test
    void DESIGN4_unreadableJsonKeyedForNoRegisteredBankGoesToTheDltOnly() {
        String key = "NOBANK:" + UUID.randomUUID();

        sendSigned(key, "not json {");

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON_CODE)).isEqualTo("NOT_JSON");
        // A refusal is recorded before the record is dead-lettered: none was.
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry"
                + " where payload_type like '%.PartnerBankApplicationRefused'"
                + " and cast(payload as varchar(10000)) like ?", Integer.class, "%NOBANK%")).isZero();
        assertThat(feedback.records(r -> key.equals(r.key()))).isEmpty();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private Map<String, Object> assertDeadLetteredAndRefused(BankReference ref, String code) {
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(ref.key());
        assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON_CODE)).isEqualTo(code);
        assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON)).isNotBlank()
                .doesNotContain(ID_NUMBER, PHONE, NAME, CARD_NUMBER);
        Map<String, Object> refused = awaitFeedback(ref, "ApplicationRefused", 1).get(0);
        assertThat((List<Map<String, Object>>) refused.get("errors")).extracting(e -> e.get("code")).contains(code);
        assertThat(refused.toString()).doesNotContain(ID_NUMBER, PHONE, NAME, CARD_NUMBER);
        assertThat(application(ref.applicationId().value()).getStatusCode().value()).isEqualTo(404);
        return refused;
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), DLT)) {
            return await().atMost(DEADLINE).until(() -> dlt.records(r -> key.equals(r.key())), l -> l.size() == 1)
                    .get(0);
        }
    }

    private List<Map<String, Object>> awaitFeedback(BankReference ref, String type, int count) {
        String ceType = "posflow.onboarding." + type + ".v1";
        return await().atMost(DEADLINE).until(() -> feedback.records(r -> ref.key().equals(r.key())
                        && ceType.equals(TopicRecorder.header(r, "ce_type"))), l -> l.size() >= count)
                .stream().map(r -> parse(TopicRecorder.value(r))).toList();
    }

    private Map<String, Object> awaitStatus(BankReference ref, String status) {
        return await().atMost(DEADLINE).until(() -> feedback.records(r -> ref.key().equals(r.key())).stream()
                        .map(r -> parse(TopicRecorder.value(r))).filter(v -> status.equals(v.get("status"))).toList(),
                l -> !l.isEmpty()).get(0);
    }

    /** The feedback types on the bank's key, in topic order (one key, one partition). */
    private List<String> types(BankReference ref) {
        return feedback.records(r -> ref.key().equals(r.key())).stream()
                .map(r -> TopicRecorder.header(r, "ce_type").replace("posflow.onboarding.", "").replace(".v1", ""))
                .toList();
    }

    private static BankReference reference(String bankCode) {
        return new BankReference(bankCode, bankCode + "-" + UUID.randomUUID());
    }

    /** A valid application of another applicant each time: one ID number may have only 3 applications (O8). */
    private static String message(BankReference ref) {
        return message(ref, freshIdNumber());
    }

    private static String message(BankReference ref, String idNumber) {
        return UploadedDocuments.withDocument(MESSAGE.formatted(NAME, idNumber, PHONE, CARD_NUMBER, ref.bankCode(),
                ref.bankReference()), photo);
    }

    /** A valid GB 11643 number of someone born on 1990-03-07, different each call. */
    private static String freshIdNumber() {
        String body = "11010519900307" + String.format("%03d", APPLICANTS.incrementAndGet());
        return body + checkCharacter(body);
    }

    private static boolean isValid(String idNumber) {
        return idNumber.charAt(17) == checkCharacter(idNumber.substring(0, 17));
    }

    private static char checkCharacter(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** Signed with TESTBANK's documented test key, as the bank signs. */
    private static void sendSigned(String key, String value) {
        send(key, value, TESTBANK_KEY_ID, TestBanks.sign(TESTBANK_PRIVATE_KEY, value));
    }

    /** A bank's record: the value bytes and the signature headers, no CloudEvents headers. */
    private static void send(String key, String value, String keyId, String signature) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(APPLICATIONS_IN, key,
                value.getBytes(StandardCharsets.UTF_8));
        if (keyId != null) {
            record.headers().add(PartnerBankHeaders.KEY_ID, keyId.getBytes(StandardCharsets.UTF_8));
        }
        if (signature != null) {
            record.headers().add(PartnerBankHeaders.SIGNATURE, signature.getBytes(StandardCharsets.UTF_8));
        }
        try {
            bank.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The test broker refused a bank's record", e.getCause());
        }
    }

    private static KycPassed passed(String applicationId) {
        return new KycPassed("case-" + applicationId, KycSubjectType.APPLICATION, applicationId, 1, List.of(),
                Instant.now());
    }

    private static String ceType(IntegrationEvent event) {
        return EventCatalogue.of(event).ceType();
    }

    private ResponseEntity<Map> application(String id) {
        return rest.getForEntity("/api/v1/applications/" + id, Map.class);
    }

    private double count(String name, String... tags) {
        Counter counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
