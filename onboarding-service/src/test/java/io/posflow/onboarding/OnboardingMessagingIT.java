package io.posflow.onboarding;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycNeedsReview;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.contracts.topics.Topics;
import io.posflow.onboarding.domain.merchant.Mcc;
import io.posflow.onboarding.domain.merchant.MerchantNo;
import io.posflow.onboarding.domain.merchant.MerchantNumbers;
import io.posflow.platform.messaging.deadletter.DeadLetterHeaders;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TestProducer;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
class OnboardingMessagingIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String KYC = Topics.KYC_VERIFICATIONS.name();
    private static final String KYC_DLT = KYC + ".dlt";
    private static final String APPLICATIONS = Topics.ONBOARDING_APPLICATIONS.name();
    private static final String MERCHANTS = Topics.ONBOARDING_MERCHANTS.name();
    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();

    // The applicant's clear personal data: none of it may appear on a topic or in the event store.
    private static final String ID_NUMBER = "110105199003071239";
    private static final AtomicInteger APPLICANTS = new AtomicInteger(200);
    private static final String PHONE = "13800138000";
    private static final String NAME = "王小明";
    private static final String CARD_NUMBER = "6222021234567890128";

    private static final String APPLICATION = """
            { "channel": "ONLINE",
              "applicantType": "PERSONAL",
              "merchantName": "北京市朝阳区老王便利店",
              "mcc": "5411",
              "businessAddress": {"province": "北京市", "city": "北京市", "district": "朝阳区", "street": "建国路88号"},
              "deviceModel": "ESIGN",
              "settlementSpeed": "T1",
              "terminalSerialNumber": "LKLE100000000001",
              "applicant": {"name": "%1$s", "idNumber": "%2$s", "idValidUntil": "2035-05-01", "phone": "%3$s"},
              "settlementAccount": {"holderName": "%1$s", "cardNumber": "%4$s", "bankName": "中国工商银行",
                                    "branchName": "中国工商银行北京朝阳支行", "reservedPhone": "%3$s"},
              "businessLicence": null,
              "materials": [{"kind": "ID_FRONT", "documentId": "doc-front"}, {"kind": "ID_BACK", "documentId": "doc-back"},
                            {"kind": "FACE_LIVENESS", "documentId": "doc-face"}, {"kind": "BANK_CARD", "documentId": "doc-card"},
                            {"kind": "SCENE_PHOTO", "documentId": "doc-scene"}],
              "agreement": {"signedName": "%1$s"} }
            """.formatted(NAME, ID_NUMBER, PHONE, CARD_NUMBER);

    private static TestProducer producer;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void kycTopicExists() {
        // kyc-service owns the topic; it exists before this service starts consuming.
        RealKafka.ensureTopics(Topics.KYC_VERIFICATIONS.partitions(), KYC);
        producer = new TestProducer();
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Autowired
    TestRestTemplate rest;
    /** One uploaded photo serves as every material of the test applications. */
    private static String photo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MerchantNumbers merchantNumbers;
    @Autowired
    PlatformTransactionManager transactions;

    // --- publish -----------------------------------------------------------------------------------

    @Test
    void aSubmittedApplicationIsPublishedWithCloudEventsHeadersAndWithoutClearPersonalData() {
        ResponseEntity<Map> accepted = post(APPLICATION, null);
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        String id = (String) accepted.getBody().get("applicationId");
        assertThat(accepted.getBody()).containsEntry("status", "UNDER_REVIEW");
        assertThat(application(id).getBody()).containsEntry("status", "UNDER_REVIEW");

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), APPLICATIONS)) {
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> out.records(r -> id.equals(r.key())), l -> l.size() == 1).get(0);
            String eventId = jdbc.queryForObject("select event_identifier from domain_event_entry"
                    + " where aggregate_identifier = ? and sequence_number = 0", String.class, id);
            assertThat(TopicRecorder.header(record, "ce_id")).isEqualTo(eventId);
            assertThat(TopicRecorder.header(record, "ce_type")).isEqualTo("posflow.onboarding.ApplicationSubmitted.v1");
            assertThat(TopicRecorder.header(record, "ce_source")).isEqualTo("/posflow/onboarding");
            assertThat(TopicRecorder.header(record, "ce_subject")).isEqualTo(id);
            String value = TopicRecorder.value(record);
            assertThat(value).contains("\"applicationId\":\"" + id + "\"", "\"round\":1", "110***********1239",
                    "138****8000", "王**");
            assertThat(value).doesNotContain(ID_NUMBER, PHONE, NAME, CARD_NUMBER);
        }
        byte[] stored = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 0", byte[].class, id);
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain(ID_NUMBER, PHONE, NAME, CARD_NUMBER);
    }

    // --- consume -----------------------------------------------------------------------------------

    @Test
    void O7_aPassedKycApprovesTheApplicationAndOnboardsItsMerchant() {
        String id = submittedApplication();

        send(passed(id), UUID.randomUUID().toString());

        Map<String, Object> approved = await().atMost(DEADLINE)
                .until(() -> application(id).getBody(), b -> "APPROVED".equals(b.get("status")));
        String merchantNo = (String) approved.get("merchantNo");
        assertThat(merchantNo).matches("484" + "1100" + "5411" + "[0-9]{4}");
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), APPLICATIONS, MERCHANTS)) {
            ConsumerRecord<String, byte[]> onboarded = await().atMost(DEADLINE)
                    .until(() -> out.records(r -> merchantNo.equals(r.key())), l -> l.size() == 1).get(0);
            assertThat(onboarded.topic()).isEqualTo(MERCHANTS);
            assertThat(TopicRecorder.header(onboarded, "ce_type")).isEqualTo("posflow.onboarding.MerchantOnboarded.v1");
            assertThat(TopicRecorder.header(onboarded, "ce_subject")).isEqualTo(merchantNo);
            assertThat(TopicRecorder.value(onboarded)).contains("\"applicationId\":\"" + id + "\"", "138****8000")
                    .doesNotContain(PHONE, NAME, CARD_NUMBER);
            assertThat(out.records(r -> id.equals(r.key())).stream().map(r -> TopicRecorder.header(r, "ce_type")))
                    .contains("posflow.onboarding.ApplicationApproved.v1");
        }
    }

    @Test
    void O7_aFailedKycWithFixableProblemsReturnsTheApplicationWithItsReasons() {
        String id = submittedApplication();

        send(new KycFailed("case-" + id, KycSubjectType.APPLICATION, id, 1,
                List.of(Reason.of(ReasonCode.NAME_MISMATCH)), Instant.now()), UUID.randomUUID().toString());

        Map<String, Object> returned = await().atMost(DEADLINE)
                .until(() -> application(id).getBody(), b -> "RETURNED".equals(b.get("status")));
        assertThat((List<Map<String, Object>>) returned.get("reasons"))
                .extracting(r -> r.get("code")).containsExactly("NAME_MISMATCH");
        assertThat(returned.get("merchantNo")).isNull();
        assertPublished(id, "posflow.onboarding.ApplicationReturned.v1");
    }

    @Test
    void O7_aBlacklistHitRejectsTheApplication() {
        String id = submittedApplication();

        send(new KycFailed("case-" + id, KycSubjectType.APPLICATION, id, 1,
                List.of(Reason.of(ReasonCode.NAME_MISMATCH), Reason.of(ReasonCode.BLACKLISTED)), Instant.now()),
                UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> application(id).getBody(), b -> "REJECTED".equals(b.get("status")));
        assertPublished(id, "posflow.onboarding.ApplicationRejected.v1");
    }

    @Test
    void O7_aKycCaseThatNeedsReviewSendsTheApplicationToManualReview() {
        String id = submittedApplication();

        send(new KycNeedsReview("case-" + id, KycSubjectType.APPLICATION, id, 1,
                List.of(Reason.of(ReasonCode.FACE_NOT_PASSED)), Instant.now()), UUID.randomUUID().toString());

        Map<String, Object> review = await().atMost(DEADLINE)
                .until(() -> application(id).getBody(), b -> "MANUAL_REVIEW".equals(b.get("status")));
        assertThat((List<Map<String, Object>>) review.get("reasons"))
                .extracting(r -> r.get("code")).containsExactly("FACE_NOT_PASSED");
        assertPublished(id, "posflow.onboarding.ApplicationInManualReview.v1");
    }

    // --- duplicate ---------------------------------------------------------------------------------

    @Test
    void theSameVerdictDeliveredTwiceApprovesOnceAndOnboardsOneMerchant() {
        String id = submittedApplication();
        double duplicatesBefore = duplicates();
        String ceId = UUID.randomUUID().toString();

        send(passed(id), ceId);
        send(passed(id), ceId);

        await().atMost(DEADLINE).until(() -> duplicates() == duplicatesBefore + 1);
        assertThat(application(id).getBody()).containsEntry("status", "APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%.ApplicationApproved'", Integer.class, id)).isOne();
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), MERCHANTS)) {
            await().atMost(DEADLINE).until(() -> out.records(r -> TopicRecorder.value(r).contains(id)),
                    l -> l.size() == 1);
        }
        assertThat(jdbc.queryForObject("select count(*) from merchant_number_sequence", Integer.class)).isPositive();
    }

    // --- parked ------------------------------------------------------------------------------------

    @Test
    void aVerdictThatArrivesBeforeItsApplicationIsParkedAndAppliedWhenTheApplicationIsSubmitted() {
        String id = UUID.randomUUID().toString();

        send(passed(id), UUID.randomUUID().toString());
        await().atMost(DEADLINE).until(() -> parked("application:" + id) == 1);
        assertThat(application(id).getStatusCode().value()).isEqualTo(404);

        ResponseEntity<Map> accepted = submit(id);

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(accepted.getBody()).containsEntry("applicationId", id);
        await().atMost(DEADLINE).until(() -> application(id).getBody(), b -> "APPROVED".equals(b.get("status")));
        assertThat(parked("application:" + id)).isZero();
    }

    @Test
    void aSubmissionRepeatedWithTheSameIdempotencyKeyReturnsTheSameApplication() {
        String key = UUID.randomUUID().toString();

        ResponseEntity<Map> first = submit(key);
        ResponseEntity<Map> repeated = submit(key);

        assertThat(first.getStatusCode().value()).isEqualTo(202);
        assertThat(repeated.getStatusCode().value()).isEqualTo(202);
        assertThat(repeated.getBody()).isEqualTo(first.getBody());
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, key)).isOne();
    }

    // --- poison ------------------------------------------------------------------------------------

    @Test
    void unreadableVerdictsGoToTheDltWithTheirReasonAndLaterVerdictsAreStillApplied() {
        String id = submittedApplication();

        sendRaw(id, "posflow.kyc.KycPassed.v1", "not json {", UUID.randomUUID().toString());
        sendRaw(id, "posflow.kyc.KycPassed.v1", "{\"caseId\":\"c-1\"}", UUID.randomUUID().toString());
        send(passed(id), UUID.randomUUID().toString());

        await().atMost(DEADLINE).until(() -> application(id).getBody(), b -> "APPROVED".equals(b.get("status")));
        try (TopicRecorder dlt = new TopicRecorder(RealKafka.bootstrapServers(), KYC_DLT)) {
            List<ConsumerRecord<String, byte[]>> dead = await().atMost(DEADLINE)
                    .until(() -> dlt.records(r -> id.equals(r.key())), l -> l.size() == 2);
            assertThat(dead).extracting(r -> TopicRecorder.header(r, DeadLetterHeaders.REASON_CODE))
                    .containsExactlyInAnyOrder("NOT_JSON", "SCHEMA_VIOLATION");
            assertThat(dead).extracting(r -> TopicRecorder.header(r, DeadLetterHeaders.ORIGINAL_TOPIC))
                    .containsOnly(KYC);
        }
    }

    // --- REST errors -------------------------------------------------------------------------------

    @Test
    void anInvalidApplicationIsRefusedWith422ListingEveryProblemByItsDottedPath() {
        String invalid = APPLICATION
                .replace("\"applicantType\": \"PERSONAL\"", "\"applicantType\": \"ROBOT\"")
                .replace("\"idNumber\": \"" + ID_NUMBER + "\", ", "")
                .replace("\"kind\": \"ID_BACK\"", "\"kind\": \"SELFIE\"")
                .replace("\"mcc\": \"5411\"", "\"mcc\": \"54A1\"");

        ResponseEntity<Map> refused = post(invalid, null);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("code", "INVALID_INPUT");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("applicant.idNumber", "applicantType", "materials[1].kind", "mcc");
        assertThat(errors).extracting(e -> e.get("code")).containsOnly("INVALID_INPUT");
        assertThat(refused.toString()).doesNotContain("ROBOT", "SELFIE");
    }

    @Test
    void anUnknownApplicationIsNotFound() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            ResponseEntity<Map> missing = application(id);
            assertThat(missing.getStatusCode().value()).isEqualTo(404);
            assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(missing.getBody()).containsEntry("code", "NOT_FOUND");
        }
    }

    // --- merchant numbers --------------------------------------------------------------------------

    @Test
    void O9_concurrentAllocationsNeverHandOutTheSameMerchantNumber() throws Exception {
        Mcc mcc = new Mcc("7011");
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<MerchantNo>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    List<MerchantNo> numbers = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        numbers.add(inTransaction.execute(s -> merchantNumbers.allocate(mcc)));
                    }
                    return numbers;
                }));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<List<MerchantNo>> result : results) {
                result.get().forEach(n -> distinct.add(n.value()));
            }
            assertThat(distinct).hasSize(40).allMatch(n -> n.matches("48411007011[0-9]{4}"));
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private String submittedApplication() {
        ResponseEntity<Map> accepted = submit(null);
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        return (String) accepted.getBody().get("applicationId");
    }

    /** An application of another applicant each time: one ID number may have only 3 applications (O8). */
    private ResponseEntity<Map> submit(String idempotencyKey) {
        return post(APPLICATION.replace(ID_NUMBER, freshIdNumber()), idempotencyKey);
    }

    /** A valid GB 11643 number of someone born on 1990-03-07, different each call. */
    private static String freshIdNumber() {
        String body = "11010519900307" + String.format("%03d", APPLICANTS.incrementAndGet());
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private ResponseEntity<Map> post(String body, String idempotencyKey) {
        if (photo == null) {
            photo = UploadedDocuments.photo(rest, "photo.jpg");
        }
        body = UploadedDocuments.withDocument(body, photo);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return rest.exchange("/api/v1/applications", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private ResponseEntity<Map> application(String id) {
        return rest.getForEntity("/api/v1/applications/" + id, Map.class);
    }

    private static KycPassed passed(String applicationId) {
        return new KycPassed("case-" + applicationId, KycSubjectType.APPLICATION, applicationId, 1, List.of(),
                Instant.now());
    }

    private static void send(IntegrationEvent event, String ceId) {
        sendRaw(event.key(), EventCatalogue.of(event).ceType(), CODEC.write(event), ceId);
    }

    private static void sendRaw(String key, String ceType, String value, String ceId) {
        producer.send(KYC, key, ceType, ceId, value);
    }

    private static void sendRaw(String key, String ceType, byte[] value, String ceId) {
        producer.send(KYC, key, ceType, ceId, value);
    }

    private void assertPublished(String applicationId, String ceType) {
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), APPLICATIONS)) {
            await().atMost(DEADLINE).until(() -> out.records(r -> applicationId.equals(r.key())).stream()
                    .map(r -> TopicRecorder.header(r, "ce_type")).toList(), types -> types.contains(ceType));
        }
    }

    private int parked(String reference) {
        return jdbc.queryForObject("select count(*) from parked_message where reference = ?", Integer.class, reference);
    }

    private double duplicates() {
        Counter counter = meters.find("posflow.inbound.messages").tag("topic", KYC).tag("outcome", "duplicate")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
