package io.posflow.kyc;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.Agreement;
import io.posflow.contracts.onboarding.Applicant;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.ApplicationResubmitted;
import io.posflow.contracts.onboarding.ApplicationSubmitted;
import io.posflow.contracts.onboarding.BusinessAddress;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.deadletter.DeadLetterHeaders;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TestProducer;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class KycMessagingIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String APPLICATIONS = Topics.ONBOARDING_APPLICATIONS.name();
    private static final String MERCHANTS = Topics.ONBOARDING_MERCHANTS.name();
    private static final String VERIFICATIONS = Topics.KYC_VERIFICATIONS.name();
    /** The documented simulation key (onboarding seals with it; kyc does not need it to check presence). */
    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")),
            "sim-2026");
    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();

    private static TestProducer producer;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void onboardingsTopicsAndAProducer() {
        // Onboarding owns and creates these; here they must exist before kyc subscribes.
        RealKafka.ensureTopics(6, APPLICATIONS, MERCHANTS);
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

    private TopicRecorder verifications;

    @BeforeEach
    void recordVerifications() {
        verifications = new TopicRecorder(RealKafka.bootstrapServers(), VERIFICATIONS);
    }

    @AfterEach
    void closeRecorder() {
        verifications.close();
    }

    @Test
    void aSubmittedApplicationIsPublishedAsKycPassedWithCloudEventsHeaders() {
        String application = newApplicationId();
        send(submitted(application, personalCard()), UUID.randomUUID().toString());

        ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                .until(() -> verifications.records(r -> application.equals(r.key())), l -> l.size() == 1).get(0);
        String caseId = "APPLICATION:" + application + ":1";
        String eventId = jdbc.queryForObject("select event_identifier from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 1", String.class, caseId);
        assertThat(TopicRecorder.header(record, "ce_id")).isEqualTo(eventId);
        assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo("posflow.kyc.KycPassed.v1");
        assertThat(TopicRecorder.header(record, "ce_source")).isEqualTo("/posflow/kyc");
        assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(application);
        assertThat(TopicRecorder.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicRecorder.header(record, "ce_time")).isNotBlank();
        KycPassed passed = (KycPassed) read(record);
        assertThat(passed.caseId()).isEqualTo(caseId);
        assertThat(passed.subjectType()).isEqualTo(KycSubjectType.APPLICATION);
        assertThat(passed.subjectId()).isEqualTo(application);
        assertThat(passed.round()).isEqualTo(1);
        assertThat(passed.reasons()).isEmpty();

        Map<String, Object> view = getCase(caseId);
        assertThat(view).containsEntry("caseId", caseId).containsEntry("subjectType", "APPLICATION")
                .containsEntry("subjectId", application).containsEntry("round", 1)
                .containsEntry("status", "PASSED").containsEntry("reasons", List.of());
    }

    @Test
    void anApplicationLackingASealedFieldItsTypeNeedsIsPublishedAsKycFailed() {
        String application = newApplicationId();
        SettlementAccount withoutReservedPhone = new SettlementAccount(AccountType.CORPORATE,
                seal("北京市老王商贸有限公司", Mask.NAME), seal("110060123456789", Mask.CARD_NUMBER), "中国工商银行",
                null, null);
        send(submitted(application, withoutReservedPhone), UUID.randomUUID().toString());

        ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                .until(() -> verifications.records(r -> application.equals(r.key())), l -> l.size() == 1).get(0);
        assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo("posflow.kyc.KycFailed.v1");
        KycFailed failed = (KycFailed) read(record);
        assertThat(failed.reasons()).containsExactly(Reason.of(ReasonCode.MATERIAL_MISSING,
                "Required field settlementAccount.reservedPhone is missing."));

        Map<String, Object> view = getCase("APPLICATION:" + application + ":1");
        assertThat(view).containsEntry("status", "FAILED");
        assertThat((List<?>) view.get("reasons")).hasSize(1);
    }

    @Test
    void theSameMessageTwiceIsCheckedOnce() {
        String application = newApplicationId();
        String ceId = UUID.randomUUID().toString();
        ApplicationSubmitted submission = submitted(application, personalCard());
        send(submission, ceId);
        send(submission, ceId);
        // Same key, same partition: once round 2 is decided, both copies of round 1 have been handled.
        send(resubmitted(application, 2), UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> firstDeliveries(application), l -> l.contains(2));
        assertThat(firstDeliveries(application)).containsExactly(1, 2);
    }

    @Test
    void aResubmissionBeforeItsSubmissionWaitsAndBothRoundsAreDecidedOnceItArrives() {
        String application = newApplicationId();
        send(resubmitted(application, 2), UUID.randomUUID().toString());
        await().atMost(DEADLINE).until(() -> parked("application:" + application) == 1);
        assertThat(verifications.records(r -> application.equals(r.key()))).isEmpty();

        send(submitted(application, personalCard()), UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> firstDeliveries(application), l -> l.size() == 2);
        assertThat(firstDeliveries(application)).containsExactlyInAnyOrder(1, 2);
        assertThat(parked("application:" + application)).isZero();
    }

    @Test
    void anUnreadableApplicationEventGoesToTheDltAndLaterRecordsAreStillProcessed() {
        String application = newApplicationId();
        producer.send(APPLICATIONS, application, ceType(ApplicationSubmitted.class), UUID.randomUUID().toString(),
                "not json {");
        send(submitted(application, personalCard()), UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> firstDeliveries(application), l -> l.size() == 1);
        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), APPLICATIONS + ".dlt")) {
            ConsumerRecord<String, byte[]> dead = await().atMost(DEADLINE)
                    .until(() -> dlt.records(r -> application.equals(r.key())), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON_CODE)).isEqualTo("NOT_JSON");
            assertThat(TopicRecorder.value(dead)).isEqualTo("not json {");
        }
    }

    @Test
    void anUnreadableMerchantEventGoesToTheDlt() {
        String key = "merchant-" + UUID.randomUUID();
        producer.send(MERCHANTS, key, "posflow.onboarding.MerchantOnboarded.v1", null, "{\"merchantNo\": 42}");

        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), MERCHANTS + ".dlt")) {
            ConsumerRecord<String, byte[]> dead = await().atMost(DEADLINE)
                    .until(() -> dlt.records(r -> key.equals(r.key())), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.header(dead, DeadLetterHeaders.REASON_CODE)).isEqualTo("SCHEMA_VIOLATION");
        }
    }

    @Test
    void anUnknownCaseIsA404Problem() {
        ResponseEntity<Map> response = rest.getForEntity("/api/v1/kyc-cases/APPLICATION:nobody:1", Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("code", "NOT_FOUND");
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static String newApplicationId() {
        return "app-" + UUID.randomUUID();
    }

    /** Rounds decided for an application, counting a re-sent record (same ce_id) once. */
    private List<Integer> firstDeliveries(String application) {
        Map<String, Integer> byCeId = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : verifications.records(r -> application.equals(r.key()))) {
            byCeId.putIfAbsent(TopicRecorder.header(r, "ce_id"), ((KycPassed) read(r)).round());
        }
        return List.copyOf(byCeId.values());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> getCase(String caseId) {
        return rest.getForObject("/api/v1/kyc-cases/" + caseId, Map.class);
    }

    private int parked(String reference) {
        return jdbc.queryForObject("select count(*) from parked_message where reference = ?", Integer.class,
                reference);
    }

    private static IntegrationEvent read(ConsumerRecord<String, byte[]> record) {
        return CODEC.read(TopicRecorder.header(record, "ce_type"), record.value());
    }

    private static void send(IntegrationEvent event, String ceId) {
        producer.send(APPLICATIONS, event.key(), ceType(event.getClass()), ceId, CODEC.write(event));
    }

    private static String ceType(Class<? extends IntegrationEvent> type) {
        return EventCatalogue.byClass(type).ceType();
    }

    private static SealedValue seal(String clear, Mask mask) {
        return SEALING.seal(clear, mask);
    }

    private static SettlementAccount personalCard() {
        return new SettlementAccount(AccountType.PERSONAL_CARD, seal("王小明", Mask.NAME),
                seal("6222020200112233445", Mask.CARD_NUMBER), "中国工商银行", "中国工商银行北京朝阳支行",
                seal("13800138000", Mask.PHONE));
    }

    private static Applicant applicant() {
        return new Applicant(seal("王小明", Mask.NAME), seal("11010519491231002X", Mask.ID_NUMBER),
                LocalDate.of(2035, 5, 1), seal("13800138000", Mask.PHONE));
    }

    private static List<Material> materials() {
        return java.util.stream.Stream.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK, MaterialKind.FACE_LIVENESS,
                        MaterialKind.BANK_CARD, MaterialKind.SCENE_PHOTO)
                .map(kind -> new Material(kind, "doc-" + kind.name().toLowerCase(), "a".repeat(64), "image/jpeg",
                        kind.name().toLowerCase() + ".jpg"))
                .collect(Collectors.toList());
    }

    private static ApplicationSubmitted submitted(String application, SettlementAccount account) {
        return new ApplicationSubmitted(application, 1, Channel.ONLINE, ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"),
                DeviceModel.ESIGN, SettlementSpeed.T1, null, applicant(), account, null, materials(),
                new Agreement(seal("王小明", Mask.NAME)), null, null, Instant.parse("2026-11-22T02:00:00Z"));
    }

    private static ApplicationResubmitted resubmitted(String application, int round) {
        return new ApplicationResubmitted(application, round, Channel.ONLINE, ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"),
                DeviceModel.ESIGN, SettlementSpeed.T1, null, applicant(), personalCard(), null, materials(),
                new Agreement(seal("王小明", Mask.NAME)), null, null, Instant.parse("2026-11-23T02:00:00Z"));
    }
}
