package io.posflow.kyc;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycNeedsReview;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.Agreement;
import io.posflow.contracts.onboarding.Applicant;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.ApplicationRejected;
import io.posflow.contracts.onboarding.ApplicationResubmitted;
import io.posflow.contracts.onboarding.ApplicationSubmitted;
import io.posflow.contracts.onboarding.BusinessAddress;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.PartnerBankAttestation;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.contracts.topics.Topics;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.SealedField;
import io.posflow.kyc.readmodel.state.CaseFileRepository;
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
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "posflow.pii.archive-duty=P0D")
@ActiveProfiles({"simulation", "it"})
@AutoConfigureObservability
@DirtiesContext
class KycMessagingIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String APPLICATIONS = Topics.ONBOARDING_APPLICATIONS.name();
    private static final String MERCHANTS = Topics.ONBOARDING_MERCHANTS.name();
    private static final String VERIFICATIONS = Topics.KYC_VERIFICATIONS.name();
    private static final String PHONE = "13800138000";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String CARD_NUMBER = "6222020200112233445";
    /** The documented simulation key: onboarding seals with it, kyc unseals with it for the provider checks. */
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
    @Autowired
    CaseFileRepository caseFiles;
    @Autowired
    SubjectSealing subjectSealing;

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


    // --- provider checks (K4, K5, K7, O7) through the simulators' documented test values (architecture §5) ----

    @Test
    void K4_aPhoneEnding0002IsPublishedAsKycFailedWithBankElementsMismatch() {
        String application = newApplicationId();
        send(submittedWithPhone(application, "13800130002"), UUID.randomUUID().toString());

        KycFailed failed = (KycFailed) onlyVerification(application, "posflow.kyc.KycFailed.v1");
        assertThat(failed.reasons()).extracting(Reason::code).containsExactly(ReasonCode.BANK_ELEMENTS_MISMATCH);
        assertThat(getCase("APPLICATION:" + application + ":1")).containsEntry("status", "FAILED");
    }

    @Test
    void K4_aRegisteredPhoneThatIsNotTheBankReservedOneIsPublishedAsKycFailedWithPhoneNotReserved() {
        String application = newApplicationId();
        send(submitted(application, applicant("13900139000"), personalCard(PHONE), materials()),
                UUID.randomUUID().toString());

        KycFailed failed = (KycFailed) onlyVerification(application, "posflow.kyc.KycFailed.v1");
        assertThat(failed.reasons()).extracting(Reason::code).containsExactly(ReasonCode.PHONE_NOT_RESERVED);
    }

    @Test
    void K5_aPhoneEnding0001IsPublishedAsKycNeedsReviewWithFaceNotPassed() {
        String application = newApplicationId();
        send(submittedWithPhone(application, "13800130001"), UUID.randomUUID().toString());

        KycNeedsReview review = (KycNeedsReview) onlyVerification(application, "posflow.kyc.KycNeedsReview.v1");
        assertThat(review.reasons()).extracting(Reason::code).containsExactly(ReasonCode.FACE_NOT_PASSED);
        assertThat(getCase("APPLICATION:" + application + ":1")).containsEntry("status", "NEEDS_REVIEW");
    }

    @Test
    void O7_aPhoneEnding0004GetsInconclusiveAnswersAndIsPublishedAsKycNeedsReview() {
        String application = newApplicationId();
        send(submittedWithPhone(application, "13800130004"), UUID.randomUUID().toString());

        KycNeedsReview review = (KycNeedsReview) onlyVerification(application, "posflow.kyc.KycNeedsReview.v1");
        assertThat(review.reasons()).extracting(Reason::code)
                .containsExactlyInAnyOrder(ReasonCode.BANK_ELEMENTS_MISMATCH, ReasonCode.FACE_NOT_PASSED);
        assertThat(review.reasons()).allSatisfy(r -> assertThat(r.message()).contains("inconclusive"));
    }

    @Test
    void K9_aPartnerBankApplicationWithoutAFaceCaptureIsPublishedAsKycPassedWhateverItsFaceTestValue() {
        String application = newApplicationId();
        List<Material> attestedInPerson = materials().stream()
                .filter(m -> m.kind() != MaterialKind.FACE_LIVENESS).toList();
        ApplicationSubmitted viaBank = submitted(application, applicant("13800130001"), personalCard("13800130001"),
                attestedInPerson);
        send(new ApplicationSubmitted(application, 1, Channel.PARTNER_BANK, viaBank.applicantType(),
                viaBank.merchantName(), viaBank.mcc(), viaBank.businessAddress(), viaBank.deviceModel(),
                viaBank.settlementSpeed(), null, viaBank.applicant(), viaBank.settlementAccount(), null,
                attestedInPerson, viaBank.agreement(), null, new PartnerBankAttestation("ICBC",
                "ICBC-20261122-000123", "110105001", "staff-0042", Instant.parse("2026-11-22T01:00:00Z")),
                viaBank.submittedAt()), UUID.randomUUID().toString());

        onlyVerification(application, "posflow.kyc.KycPassed.v1");
    }

    @Test
    void K7_aBlurryDocumentIsPublishedAsKycFailedWithMaterialBlurry() {
        String application = newApplicationId();
        send(submitted(application, applicant(), personalCard(), materials("stall_BLURRY.jpg")),
                UUID.randomUUID().toString());

        KycFailed failed = (KycFailed) onlyVerification(application, "posflow.kyc.KycFailed.v1");
        assertThat(failed.reasons()).containsExactly(Reason.of(ReasonCode.MATERIAL_BLURRY,
                "Material SCENE_PHOTO is not legible (blurry, glare or cropped): upload it again."));
    }

    @Test
    void personalDataStaysSealedAtRestAndIsOnlyMaskedInTheDecision() {
        String application = newApplicationId();
        send(submittedWithPhone(application, "13800130001"), UUID.randomUUID().toString());
        ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                .until(() -> verifications.records(r -> application.equals(r.key())), l -> l.size() == 1).get(0);

        Map<String, Object> file = jdbc.queryForMap("select * from kyc_case_file where case_id = ?",
                "APPLICATION:" + application + ":1");
        assertThat(file.toString()).contains("subject:" + application).doesNotContain("sim-2026")
                .doesNotContain("13800130001", ID_NUMBER, CARD_NUMBER, "王小明");
        assertThat(TopicRecorder.value(record)).doesNotContain("13800130001", ID_NUMBER, CARD_NUMBER);
    }

    @Test
    void aRejectedApplicantsCaseFileCanBeCryptoShreddedOnceTheArchiveDutyHasPassed() {
        String application = newApplicationId();
        send(submitted(application, personalCard()), UUID.randomUUID().toString());
        await().atMost(DEADLINE).until(() -> verifications.records(r -> application.equals(r.key())), l -> l.size() == 1);
        ApplicationDossier stored = caseFiles.findById("APPLICATION:" + application + ":1").orElseThrow().dossier();
        SealedValue idNumber = stored.sealed(SealedField.APPLICANT_ID_NUMBER);
        assertThat(subjectSealing.reveal(idNumber)).contains(ID_NUMBER);
        assertThat(rest.postForEntity("/api/v1/ops/data-subjects/" + application + "/shredding", null, Map.class)
                .getStatusCode().value()).as("the relationship has not ended").isEqualTo(409);

        send(new ApplicationRejected(application, 1, List.of(Reason.of(ReasonCode.BLACKLISTED)), Instant.now()),
                UUID.randomUUID().toString());
        // This class sets the archive duty to nothing (posflow.pii.archive-duty=P0D) so as not to move the clock
        // five years under the other tests; onboarding's ApplicationLifecycleIT proves the 5-year duty.
        await().atMost(DEADLINE).until(() -> rest.getForObject("/api/v1/ops/data-subjects/" + application, Map.class),
                s -> s.get("retainUntil") != null);
        ResponseEntity<Map> shredded = rest.postForEntity("/api/v1/ops/data-subjects/" + application + "/shredding",
                null, Map.class);

        assertThat(shredded.getStatusCode().value()).isEqualTo(200);
        assertThat(subjectSealing.reveal(idNumber)).as("unreadable after shredding").isEmpty();
        assertThat(caseFiles.findById("APPLICATION:" + application + ":1").orElseThrow().dossier().sealedFields())
                .as("the case file itself still loads").contains(SealedField.APPLICANT_ID_NUMBER);
        assertThat(getCase("APPLICATION:" + application + ":1")).containsEntry("status", "PASSED");
    }

    // --- outages: the case stays pending and is retried, never falsely rejected, never lost ----------------

    @Test
    void anOutageLeavesTheCaseOpenAndRetriedAndItPassesOnceTheProviderIsRestored() {
        String application = newApplicationId();
        String caseId = "APPLICATION:" + application + ":1";
        setAvailable("face", false);
        try {
            send(submitted(application, personalCard()), UUID.randomUUID().toString());

            await().atMost(DEADLINE).until(() -> failedDecisionAttempts(caseId) >= 2);
            assertThat(getCase(caseId)).containsEntry("status", "OPEN");
            assertThat(verifications.records(r -> application.equals(r.key()))).isEmpty();
            assertThat(((Number) provider("face").get("unreachableCalls")).longValue()).isPositive();
        } finally {
            setAvailable("face", true);
        }

        onlyVerification(application, "posflow.kyc.KycPassed.v1");
        assertThat(getCase(caseId)).containsEntry("status", "PASSED");
        assertThat(failedDecisionAttempts(caseId)).isZero(); // its due work is done
    }

    @Test
    void aPhoneEnding0003TimesOutUntilTheProvidersAreRestoredAndThenPasses() {
        String application = newApplicationId();
        String caseId = "APPLICATION:" + application + ":1";
        try {
            send(submittedWithPhone(application, "13800130003"), UUID.randomUUID().toString());

            // K4 runs first and times out, attempt after attempt, until its provider is restored ...
            await().atMost(DEADLINE).until(() -> failedDecisionAttempts(caseId) >= 2);
            assertThat(waitingForRestore("bank-card-elements")).isEqualTo(1);
            assertThat(getCase(caseId)).containsEntry("status", "OPEN");
            setAvailable("bank-card-elements", true);

            // ... then the face check meets the same subject's timeouts until the face provider is restored.
            await().atMost(DEADLINE).until(() -> waitingForRestore("face") == 1);
            assertThat(getCase(caseId)).containsEntry("status", "OPEN");
            assertThat(verifications.records(r -> application.equals(r.key()))).isEmpty();
        } finally {
            setAvailable("bank-card-elements", true);
            setAvailable("face", true);
        }

        onlyVerification(application, "posflow.kyc.KycPassed.v1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSimulatedProviderCanBeTakenDownAndRestoredOverRest() {
        assertThat((List<Map<String, Object>>) rest.getForObject("/api/v1/simulation/providers", List.class))
                .extracting(p -> p.get("provider"))
                .containsExactly("bank-card-elements", "face", "documents", "bank-payouts");

        assertThat(setAvailable("documents", false)).containsEntry("provider", "documents")
                .containsEntry("available", false);
        assertThat(provider("documents")).containsEntry("available", false);
        assertThat(setAvailable("documents", true)).containsEntry("available", true);

        ResponseEntity<Map> unknown = rest.getForEntity("/api/v1/simulation/providers/credit-bureau", Map.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).containsEntry("code", "NOT_FOUND");
        ResponseEntity<Map> noAnswer = rest.exchange("/api/v1/simulation/providers/face", HttpMethod.PUT,
                new HttpEntity<>(Map.of()), Map.class);
        assertThat(noAnswer.getStatusCode().value()).isEqualTo(422);
    }

    @Test
    void theProvidersResilienceMetricsAreExposedToPrometheus() {
        String metrics = rest.getForObject("/actuator/prometheus", String.class);

        assertThat(metrics).contains("resilience4j_circuitbreaker_state{", "resilience4j_retry_calls_total{",
                "resilience4j_timelimiter_calls_total{");
        for (String provider : List.of("bank-card-elements", "face", "documents")) {
            assertThat(metrics).contains("name=\"" + provider + "\"");
        }
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

    /** Awaits the application's one decision, of {@code ceType}; fails if another was published. */
    private IntegrationEvent onlyVerification(String application, String ceType) {
        ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                .until(() -> verifications.records(r -> application.equals(r.key())), l -> !l.isEmpty()).get(0);
        assertThat(verifications.records(r -> application.equals(r.key()))).hasSize(1);
        assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo(ceType);
        return read(record);
    }

    /** How often the case's decision (due work kyc.decide) failed and was rescheduled; 0 once it is done. */
    private int failedDecisionAttempts(String caseId) {
        return jdbc.queryForList("select attempts from due_work where kind = 'kyc.decide' and work_key = ?",
                Integer.class, caseId).stream().mapToInt(Integer::intValue).sum();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> setAvailable(String provider, boolean available) {
        return rest.exchange("/api/v1/simulation/providers/" + provider, HttpMethod.PUT,
                new HttpEntity<>(Map.of("available", available)), Map.class).getBody();
    }

    private int waitingForRestore(String provider) {
        return ((Number) provider(provider).get("subjectsWaitingForRestore")).intValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> provider(String provider) {
        return rest.getForObject("/api/v1/simulation/providers/" + provider, Map.class);
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
        return personalCard(PHONE);
    }

    /** The card's bank-reserved phone is {@code phone}, as K4 requires of the registered one. */
    private static SettlementAccount personalCard(String phone) {
        return new SettlementAccount(AccountType.PERSONAL_CARD, seal("王小明", Mask.NAME),
                seal(CARD_NUMBER, Mask.CARD_NUMBER), "中国工商银行", "中国工商银行北京朝阳支行", seal(phone, Mask.PHONE));
    }

    private static Applicant applicant() {
        return applicant(PHONE);
    }

    private static Applicant applicant(String phone) {
        return new Applicant(seal("王小明", Mask.NAME), seal(ID_NUMBER, Mask.ID_NUMBER), LocalDate.of(2035, 5, 1),
                seal(phone, Mask.PHONE));
    }

    private static List<Material> materials() {
        return materials(MaterialKind.SCENE_PHOTO.name().toLowerCase() + ".jpg");
    }

    /** The five materials of a PERSONAL ONLINE application, the scene photo uploaded as {@code sceneFileName}. */
    private static List<Material> materials(String sceneFileName) {
        return java.util.stream.Stream.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK, MaterialKind.FACE_LIVENESS,
                        MaterialKind.BANK_CARD, MaterialKind.SCENE_PHOTO)
                .map(kind -> new Material(kind, "doc-" + kind.name().toLowerCase(), "a".repeat(64), "image/jpeg",
                        kind == MaterialKind.SCENE_PHOTO ? sceneFileName : kind.name().toLowerCase() + ".jpg"))
                .collect(Collectors.toList());
    }

    private static ApplicationSubmitted submitted(String application, SettlementAccount account) {
        return submitted(application, applicant(), account, materials());
    }

    /** A PERSONAL ONLINE application whose registered and bank-reserved phone is {@code phone}. */
    private static ApplicationSubmitted submittedWithPhone(String application, String phone) {
        return submitted(application, applicant(phone), personalCard(phone), materials());
    }

    private static ApplicationSubmitted submitted(String application, Applicant applicant, SettlementAccount account,
                                                  List<Material> materials) {
        return new ApplicationSubmitted(application, 1, Channel.ONLINE, ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"),
                DeviceModel.ESIGN, SettlementSpeed.T1, null, applicant, account, null, materials,
                new Agreement(seal("王小明", Mask.NAME)), null, null, Instant.parse("2026-11-22T02:00:00Z"));
    }

    private static ApplicationResubmitted resubmitted(String application, int round) {
        return new ApplicationResubmitted(application, round, Channel.ONLINE, ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"),
                DeviceModel.ESIGN, SettlementSpeed.T1, null, applicant(), personalCard(), null, materials(),
                new Agreement(seal("王小明", Mask.NAME)), null, null, Instant.parse("2026-11-23T02:00:00Z"));
    }
}
