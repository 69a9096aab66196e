package io.posflow.onboarding;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycNeedsReview;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.contracts.topics.Topics;
import io.posflow.onboarding.adapter.messaging.outbound.OnboardingIntegrationEvents;
import io.posflow.onboarding.domain.application.ApplicationDetails;
import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.application.ApproveApplication;
import io.posflow.onboarding.readmodel.state.ApplicationViewRepository;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TestProducer;
import io.posflow.platform.testing.TopicRecorder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application's life through REST and the real broker (O2–O4, O7, O8, K1–K3, K6, K8): synchronous
 * refusals, return and resubmission, manual review by ops, the blacklist, the per-ID limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "posflow.onboarding.intake.blacklisted-id-numbers=" + ApplicationLifecycleIT.BLACKLISTED_ID,
        "posflow.onboarding.intake.blacklisted-credit-codes=" + ApplicationLifecycleIT.BLACKLISTED_USCC})
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
@SuppressWarnings({"rawtypes", "unchecked"})
class ApplicationLifecycleIT {

    static final String BLACKLISTED_ID = "110105198501011234";
    static final String BLACKLISTED_USCC = "91440300708461136T";
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String KYC = Topics.KYC_VERIFICATIONS.name();
    private static final String APPLICATIONS = Topics.ONBOARDING_APPLICATIONS.name();
    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final AtomicInteger APPLICANTS = new AtomicInteger(500);

    private static final String APPLICATION = """
            { "channel": "ONLINE",
              "applicantType": "PERSONAL",
              "merchantName": "北京市朝阳区老王便利店",
              "mcc": "5411",
              "businessAddress": {"province": "北京市", "city": "北京市", "district": "朝阳区", "street": "建国路88号"},
              "deviceModel": "ESIGN",
              "applicant": {"name": "王小明", "idNumber": "%1$s", "idValidUntil": "2035-05-01", "phone": "13800138000"},
              "settlementAccount": {"holderName": "王小明", "cardNumber": "6222021234567890128", "bankName": "中国工商银行",
                                    "reservedPhone": "13800138000"},
              "materials": [{"kind": "ID_FRONT", "documentId": "doc-front"}, {"kind": "ID_BACK", "documentId": "doc-back"},
                            {"kind": "FACE_LIVENESS", "documentId": "doc-face"}, {"kind": "BANK_CARD", "documentId": "doc-card"},
                            {"kind": "SCENE_PHOTO", "documentId": "doc-scene"}],
              "agreement": {"signedName": "王小明"} }
            """;

    private static TestProducer producer;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void kycTopicExists() {
        RealKafka.ensureTopics(Topics.KYC_VERIFICATIONS.partitions(), KYC);
        producer = new TestProducer();
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationViewRepository views;
    @Autowired
    ObjectMapper json;
    @Autowired
    SubjectSealing sealing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    OnboardingIntegrationEvents mapper;
    @Autowired
    CommandGateway commands;
    @Autowired
    MeterRegistry meters;
    /** One uploaded photo serves as every material of the test applications. */
    private static String photo;

    // --- synchronous checks -----------------------------------------------------------------------

    @Test
    void O3_K1_K8_aSubmissionBreakingRulesIsRefusedWith422ListingEveryCatalogueCodeByDottedPath() {
        String body = APPLICATION.formatted(freshIdNumber())
                .replace("北京市朝阳区老王便利店", "老王便利店")
                .replace("\"signedName\": \"王小明\"", "\"signedName\": \"王小\"")
                .replace("6222021234567890128", "6258071234567896");

        ResponseEntity<Map> refused = post("/api/v1/applications", body);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("code", "INVALID_INPUT");
        assertThat(errors(refused)).extracting(e -> e.get("field") + " " + e.get("code")).containsExactlyInAnyOrder(
                "merchantName MERCHANT_NAME_NO_CITY", "merchantName MERCHANT_NAME_TOO_SHORT",
                "agreement.signedName AGREEMENT_NAME_MISMATCH", "settlementAccount.cardNumber CARD_NOT_DEBIT");
        assertThat(refused.toString()).doesNotContain("6258071234567896");
        assertThat(meters.get("posflow.applications.intake.problems").tag("code", "MERCHANT_NAME_NO_CITY").counter()
                .count()).isPositive();
    }

    @Test
    void O2_aSingleKindOfProblemIsTheProblemsCode() {
        String body = APPLICATION.formatted(freshIdNumber())
                .replace("{\"kind\": \"SCENE_PHOTO\", \"documentId\": \"doc-scene\"}",
                        "{\"kind\": \"STOREFRONT_PHOTO\", \"documentId\": \"doc-shop\"}");

        ResponseEntity<Map> refused = post("/api/v1/applications", body);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).containsEntry("code", "MATERIAL_MISSING");
        assertThat(errors(refused)).extracting(e -> e.get("field") + " " + e.get("message"))
                .containsExactly("materials Material SCENE_PHOTO is missing.");
    }

    @Test
    void O4_partnerBankApplicationsAreNotTakenOverRest() {
        String body = APPLICATION.formatted(freshIdNumber()).replace("\"ONLINE\"", "\"PARTNER_BANK\"");

        ResponseEntity<Map> refused = post("/api/v1/applications", body);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(errors(refused)).extracting(e -> e.get("field")).containsExactly("channel");
    }

    // --- O7 return and resubmission ---------------------------------------------------------------

    @Test
    void O7_aReturnedApplicationIsResubmittedCorrectedAndApprovedInItsSecondRound() {
        String id = submitted(freshIdNumber());
        send(new KycFailed("case-" + id + "-1", KycSubjectType.APPLICATION, id, 1,
                List.of(Reason.of(ReasonCode.MATERIAL_BLURRY, "SCENE_PHOTO is blurry")), Instant.now()));
        awaitStatus(id, "RETURNED");

        ResponseEntity<Map> resubmitted = post("/api/v1/applications/" + id + "/resubmissions", """
                {"materials": [{"kind": "SCENE_PHOTO", "documentId": "doc-scene-2"}], "settlementSpeed": "T0"}""");

        assertThat(resubmitted.getStatusCode().value()).isEqualTo(202);
        assertThat(resubmitted.getBody()).containsEntry("status", "UNDER_REVIEW");
        assertThat(get(id)).containsEntry("round", 2);
        String event = published(id, "posflow.onboarding.ApplicationResubmitted.v1");
        assertThat(event).contains("\"round\":2", "\"settlementSpeed\":\"T0\"").doesNotContain("王小明");

        send(new KycPassed("case-" + id + "-2", KycSubjectType.APPLICATION, id, 2, List.of(), Instant.now()));
        Map<String, Object> approved = awaitStatus(id, "APPROVED");
        assertThat((String) approved.get("merchantNo")).matches("[0-9]{15}");
    }

    @Test
    void K1_K3_aResubmissionIsCheckedInFullAndMayNotChangeTheApplicant() {
        String id = submitted(freshIdNumber());
        send(new KycFailed("case-" + id + "-1", KycSubjectType.APPLICATION, id, 1,
                List.of(Reason.of(ReasonCode.NAME_MISMATCH)), Instant.now()));
        awaitStatus(id, "RETURNED");

        ResponseEntity<Map> refused = post("/api/v1/applications/" + id + "/resubmissions", """
                {"settlementAccount": {"holderName": "王小红", "cardNumber": "6222021234567890128", "bankName": "中国工商银行",
                                       "reservedPhone": "13800138000"},
                 "applicant": {"name": "王小明", "idNumber": "%s", "idValidUntil": "2035-05-01", "phone": "13800138000"}}
                """.formatted(freshIdNumber()));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(errors(refused)).extracting(e -> e.get("field") + " " + e.get("code")).containsExactlyInAnyOrder(
                "settlementAccount.holderName NAME_MISMATCH", "applicant.idNumber INVALID_INPUT");
        assertThat(get(id)).containsEntry("status", "RETURNED").containsEntry("round", 1);
    }

    @Test
    void O7_onlyAReturnedApplicationCanBeResubmitted() {
        String id = submitted(freshIdNumber());

        ResponseEntity<Map> conflict = post("/api/v1/applications/" + id + "/resubmissions", "{\"mcc\": \"5812\"}");

        assertThat(conflict.getStatusCode().value()).isEqualTo(409);
        assertThat(conflict.getBody()).containsEntry("code", "APPLICATION_STATUS_CONFLICT");
    }

    // --- O7 manual review ---------------------------------------------------------------------------

    @Test
    void O7_anApplicationInManualReviewIsQueuedForOpsAndApprovedByTheirDecision() {
        String id = submitted(freshIdNumber());
        send(new KycNeedsReview("case-" + id, KycSubjectType.APPLICATION, id, 1,
                List.of(Reason.of(ReasonCode.FACE_NOT_PASSED)), Instant.now()));
        awaitStatus(id, "MANUAL_REVIEW");

        assertThat(meters.get("posflow.applications.manual.review").gauge().value()).isGreaterThanOrEqualTo(1);
        List<Map<String, Object>> queue = rest.getForObject("/api/v1/ops/manual-reviews", List.class);
        assertThat(queue).filteredOn(item -> id.equals(item.get("applicationId"))).singleElement()
                .satisfies(item -> {
                    assertThat(item).containsEntry("merchantName", "北京市朝阳区老王便利店").containsEntry("channel", "ONLINE");
                    assertThat(item.toString()).contains("FACE_NOT_PASSED").doesNotContain("王小明");
                });

        ResponseEntity<Map> decided = postAs("ops-zhang", "/api/v1/applications/" + id + "/review-decision",
                "{\"decision\": \"APPROVE\"}");

        assertThat(decided.getStatusCode().value()).isEqualTo(200);
        assertThat(decided.getBody()).containsEntry("status", "APPROVED");
        assertThat((String) decided.getBody().get("merchantNo")).matches("[0-9]{15}");
        assertThat(rest.getForObject("/api/v1/ops/manual-reviews", List.class).toString()).doesNotContain(id);
        published(id, "posflow.onboarding.ApplicationApproved.v1");
    }

    @Test
    void O7_opsReturnOrRejectOnlyWithCatalogueReasonsAndOnlyWhatIsInReview() {
        String id = submitted(freshIdNumber());
        ResponseEntity<Map> notInReview = postAs("ops-zhang", "/api/v1/applications/" + id + "/review-decision",
                "{\"decision\": \"APPROVE\"}");
        assertThat(notInReview.getStatusCode().value()).isEqualTo(409);

        send(new KycNeedsReview("case-" + id, KycSubjectType.APPLICATION, id, 1,
                List.of(Reason.of(ReasonCode.FACE_NOT_PASSED)), Instant.now()));
        awaitStatus(id, "MANUAL_REVIEW");
        ResponseEntity<Map> noReason = postAs("ops-zhang", "/api/v1/applications/" + id + "/review-decision",
                "{\"decision\": \"RETURN\", \"reasons\": []}");
        ResponseEntity<Map> unknownReason = postAs("ops-zhang", "/api/v1/applications/" + id + "/review-decision",
                "{\"decision\": \"REJECT\", \"reasons\": [\"TOO_UGLY\"]}");
        assertThat(noReason.getStatusCode().value()).isEqualTo(422);
        assertThat(unknownReason.getStatusCode().value()).isEqualTo(422);
        assertThat(errors(unknownReason)).extracting(e -> e.get("field")).containsExactly("reasons[0].code");

        ResponseEntity<Map> returned = postAs("ops-zhang", "/api/v1/applications/" + id + "/review-decision",
                "{\"decision\": \"RETURN\", \"reasons\": [{\"code\": \"SCENE_PROOF_INSUFFICIENT\", \"message\": \"请补拍门店\"}]}");
        assertThat(returned.getBody()).containsEntry("status", "RETURNED");
        assertThat(get(id).get("reasons").toString()).contains("SCENE_PROOF_INSUFFICIENT", "请补拍门店");
    }

    // --- O7 blacklist, O8 limits ---------------------------------------------------------------------

    @Test
    void O7_aBlacklistedIdNumberIsRejectedAtOnce() {
        ResponseEntity<Map> answer = post("/api/v1/applications", APPLICATION.formatted(BLACKLISTED_ID));

        assertThat(answer.getStatusCode().value()).isEqualTo(202);
        assertThat(answer.getBody()).containsEntry("status", "REJECTED");
        String id = (String) answer.getBody().get("applicationId");
        assertThat(get(id).get("reasons").toString()).contains("BLACKLISTED");
        assertThat(published(id, "posflow.onboarding.ApplicationRejected.v1")).contains("BLACKLISTED");
    }

    @Test
    void O7_aBlacklistedCreditCodeIsRejectedAtOnce() {
        String body = APPLICATION.formatted(freshIdNumber())
                .replace("\"PERSONAL\"", "\"INDIVIDUAL_BUSINESS\"")
                .replace("\"agreement\"", "\"businessLicence\": {\"uscc\": \"" + BLACKLISTED_USCC
                        + "\", \"legalRepresentative\": \"王小明\"}, \"agreement\"")
                .replace("{\"kind\": \"SCENE_PHOTO\", \"documentId\": \"doc-scene\"}",
                        "{\"kind\": \"BUSINESS_LICENCE\", \"documentId\": \"doc-l\"}, "
                                + "{\"kind\": \"STOREFRONT_PHOTO\", \"documentId\": \"doc-s\"}, "
                                + "{\"kind\": \"INTERIOR_PHOTO\", \"documentId\": \"doc-i\"}");

        ResponseEntity<Map> answer = post("/api/v1/applications", body);

        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(202);
        assertThat(answer.getBody()).containsEntry("status", "REJECTED");
    }

    @Test
    void O8_oneIdNumberGetsAtMostThreeApplicationsEvenWhenTheyArriveTogether() throws Exception {
        String idNumber = freshIdNumber();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<ResponseEntity<Map>> submit = () -> post("/api/v1/applications", APPLICATION.formatted(idNumber));
                answers.add(pool.submit(submit));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<ResponseEntity<Map>> answer : answers) {
                ResponseEntity<Map> response = answer.get();
                statuses.add(response.getStatusCode().value());
                if (response.getStatusCode().value() == 422) {
                    assertThat(response.getBody()).containsEntry("code", "APPLICATION_LIMIT_REACHED");
                    assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly("applicant.idNumber");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(202, 202, 202, 422, 422, 422);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- architecture §4: per-subject keys, crypto-shredding --------------------------------------------

    @Test
    void personalDataIsStoredUnderTheApplicationsKeyAndAfterTheArchiveDutyCanBeShreddedWhileTheEventsStillReplay() {
        String idNumber = freshIdNumber();
        String id = submitted(idNumber);
        ApplicationDetails stored = views.findById(id).orElseThrow().details(json);
        assertThat(stored.applicant().idNumber().keyId()).isEqualTo("subject:" + id);
        assertThat(sealing.reveal(stored.applicant().idNumber())).contains(idNumber);
        String inTheEventStore = storedEvents(id);
        assertThat(inTheEventStore).contains("subject:" + id).doesNotContain(idNumber, "王小明", "6222021234567890128");
        assertThat(published(id, "posflow.onboarding.ApplicationSubmitted.v1"))
                .contains("\"keyId\":\"sim-2026\"").doesNotContain("subject:", idNumber);

        ResponseEntity<Map> stillApplying = post("/api/v1/ops/data-subjects/" + id + "/shredding", "{}");
        assertThat(stillApplying.getStatusCode().value()).isEqualTo(409);
        assertThat(stillApplying.getBody()).containsEntry("code", "ARCHIVE_DUTY");

        send(new KycFailed("case-" + id, KycSubjectType.APPLICATION, id, 1,
                List.of(Reason.of(ReasonCode.BLACKLISTED)), Instant.now()));
        awaitStatus(id, "REJECTED");
        Map<String, Object> subject = rest.getForObject("/api/v1/ops/data-subjects/" + id, Map.class);
        Instant retainUntil = Instant.parse((String) subject.get("retainUntil"));
        assertThat(retainUntil).isAfter(Instant.parse((String) subject.get("relationshipEndedAt")).plus(Duration.ofDays(1825)));
        ResponseEntity<Map> underDuty = post("/api/v1/ops/data-subjects/" + id + "/shredding", "{}");
        assertThat(underDuty.getStatusCode().value()).isEqualTo(409);
        assertThat(underDuty.getBody()).containsEntry("retainUntil", retainUntil.toString());

        moveClockTo(retainUntil.plus(Duration.ofHours(1)));
        ResponseEntity<Map> shredded = post("/api/v1/ops/data-subjects/" + id + "/shredding", "{}");

        assertThat(shredded.getStatusCode().value()).isEqualTo(200);
        assertThat(shredded.getBody().get("shreddedAt")).isNotNull();
        assertThat(sealing.reveal(stored.applicant().idNumber())).as("unreadable after shredding").isEmpty();
        assertThat(get(id)).containsEntry("status", "REJECTED");
        // The events still load and replay: the aggregate decides on them, the mapper maps them (the shredded
        // submission is not published again: its sealed values are gone), nothing fails.
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();
        assertThat(events).extracting(e -> e.getPayloadType().getSimpleName())
                .contains("ApplicationSubmitted", "ApplicationRejected");
        assertThat(events.stream().flatMap(e -> mapper.map(e).stream())).extracting(m -> m.type())
                .containsExactly("posflow.onboarding.ApplicationRejected.v1");
        commands.sendAndWait(new ApproveApplication(new ApplicationId(id), 1, Instant.now()));
        assertThat(get(id)).as("the aggregate loaded from its events and ignored a late verdict")
                .containsEntry("status", "REJECTED");
    }

    private String storedEvents(String aggregateId) {
        return String.join("\n", jdbc.query("select payload from domain_event_entry where aggregate_identifier = ?",
                (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), aggregateId));
    }

    private void moveClockTo(Instant instant) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> moved = rest.exchange("/api/v1/simulation/clock", HttpMethod.PUT,
                new HttpEntity<>(Map.of("instant", instant.toString()), headers), Map.class);
        assertThat(moved.getStatusCode().value()).isEqualTo(200);
    }

    // --- helpers --------------------------------------------------------------------------------------

    private String submitted(String idNumber) {
        ResponseEntity<Map> accepted = post("/api/v1/applications", APPLICATION.formatted(idNumber));
        assertThat(accepted.getStatusCode().value()).as(String.valueOf(accepted.getBody())).isEqualTo(202);
        return (String) accepted.getBody().get("applicationId");
    }

    private Map<String, Object> get(String id) {
        return rest.getForObject("/api/v1/applications/" + id, Map.class);
    }

    private Map<String, Object> awaitStatus(String id, String status) {
        return await().atMost(DEADLINE).until(() -> get(id), b -> status.equals(b.get("status")));
    }

    private ResponseEntity<Map> post(String path, String body) {
        return postAs(null, path, body);
    }

    private ResponseEntity<Map> postAs(String reviewer, String path, String body) {
        if (photo == null) {
            photo = UploadedDocuments.photo(rest, "photo.jpg");
        }
        body = UploadedDocuments.withDocument(body, photo);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (reviewer != null) {
            headers.set("X-Reviewer", reviewer);
        }
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private static List<Map<String, Object>> errors(ResponseEntity<Map> response) {
        return (List<Map<String, Object>>) response.getBody().get("errors");
    }

    private static void send(IntegrationEvent event) {
        producer.send(KYC, event.key(), EventCatalogue.of(event).ceType(), UUID.randomUUID().toString(),
                CODEC.write(event));
    }

    private static String published(String applicationId, String ceType) {
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), APPLICATIONS)) {
            byte[] value = await().atMost(DEADLINE).until(() -> out.records(r -> applicationId.equals(r.key())
                            && ceType.equals(TopicRecorder.header(r, "ce_type"))), list -> !list.isEmpty()).get(0).value();
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    /** A valid GB 11643 number of someone born on 1988-08-08, different each call. */
    private static String freshIdNumber() {
        String body = "31010119880808" + String.format("%03d", APPLICANTS.incrementAndGet());
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
