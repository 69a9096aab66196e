package io.posflow.onboarding;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.contracts.topics.Topics;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** O10 settlement account changes and K10 micro-deposit answers, through REST and the real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
@SuppressWarnings({"rawtypes", "unchecked"})
class SettlementAccountChangeIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String KYC = Topics.KYC_VERIFICATIONS.name();
    private static final String APPLICATIONS = Topics.ONBOARDING_APPLICATIONS.name();
    private static final String MERCHANTS = Topics.ONBOARDING_MERCHANTS.name();
    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final AtomicInteger APPLICANTS = new AtomicInteger(700);

    private static final String NAME = "王小明";
    private static final String PHONE = "13800138000";
    private static final String NEW_CARD = "6217001234567890122";
    private static final String COMPANY = "深圳市南山区小明科技有限公司";
    private static final String NEW_CORPORATE_ACCOUNT = "44250100003600005678";

    private static final String PERSONAL = """
            { "channel": "ONLINE", "applicantType": "PERSONAL", "merchantName": "北京市朝阳区老王便利店", "mcc": "5411",
              "businessAddress": {"province": "北京市", "city": "北京市", "district": "朝阳区", "street": "建国路88号"},
              "deviceModel": "ESIGN", "settlementSpeed": "T1",
              "applicant": {"name": "%1$s", "idNumber": "ID", "idValidUntil": "2035-05-01", "phone": "%2$s"},
              "settlementAccount": {"holderName": "%1$s", "cardNumber": "6222021234567890128", "bankName": "中国工商银行",
                                    "reservedPhone": "%2$s"},
              "materials": [{"kind": "ID_FRONT", "documentId": "doc-1"}, {"kind": "ID_BACK", "documentId": "doc-2"},
                            {"kind": "FACE_LIVENESS", "documentId": "doc-3"}, {"kind": "BANK_CARD", "documentId": "doc-4"},
                            {"kind": "SCENE_PHOTO", "documentId": "doc-5"}],
              "agreement": {"signedName": "%1$s"} }
            """.formatted(NAME, PHONE);

    private static final String ENTERPRISE = """
            { "channel": "ONLINE", "applicantType": "ENTERPRISE", "merchantName": "%3$s", "mcc": "5411",
              "businessAddress": {"province": "广东省", "city": "深圳市", "district": "南山区", "street": "科技园1号"},
              "deviceModel": "SMART", "settlementSpeed": "T1",
              "applicant": {"name": "%1$s", "idNumber": "ID", "idValidUntil": "2035-05-01", "phone": "%2$s"},
              "settlementAccount": {"accountType": "CORPORATE", "holderName": "%3$s", "cardNumber": "44250100003600001234",
                                    "bankName": "中国建设银行"},
              "businessLicence": {"uscc": "91350100M000100Y43", "validUntil": "2040-01-01", "legalRepresentative": "%1$s"},
              "materials": [{"kind": "ID_FRONT", "documentId": "doc-1"}, {"kind": "ID_BACK", "documentId": "doc-2"},
                            {"kind": "FACE_LIVENESS", "documentId": "doc-3"}, {"kind": "BUSINESS_LICENCE", "documentId": "doc-4"},
                            {"kind": "STOREFRONT_PHOTO", "documentId": "doc-5"}, {"kind": "INTERIOR_PHOTO", "documentId": "doc-6"},
                            {"kind": "ACCOUNT_PERMIT", "documentId": "doc-7"}, {"kind": "LEASE_CONTRACT", "documentId": "doc-8"}],
              "agreement": {"signedName": "%1$s"} }
            """.formatted(NAME, PHONE, COMPANY);

    private static TestProducer producer;
    private static String photo;

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
    JdbcTemplate jdbc;

    @Test
    void O10_aCardChangeIsPublishedSealedAndAPassedKycMakesItEffectiveFromTheNextShanghaiMidnight() {
        String merchantNo = onboardedMerchant(PERSONAL);

        ResponseEntity<Map> accepted = requestChange(merchantNo, cardChange(NAME));
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        String changeId = (String) accepted.getBody().get("changeId");
        assertThat(accepted.getBody()).containsEntry("status", "VERIFYING");

        ResponseEntity<Map> second = requestChange(merchantNo, cardChange(NAME));
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody()).containsEntry("code", "ACCOUNT_CHANGE_CONFLICT");

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), MERCHANTS)) {
            ConsumerRecord<String, byte[]> requested = await().atMost(DEADLINE).until(() -> out.records(r ->
                    merchantNo.equals(r.key()) && TopicRecorder.value(r).contains(changeId)), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.header(requested, "ce_type"))
                    .isEqualTo("posflow.onboarding.SettlementAccountChangeRequested.v1");
            assertThat(TopicRecorder.value(requested)).contains("\"applicantType\":\"PERSONAL\"", "621700*********0122",
                    "\"kind\":\"BANK_CARD\"").doesNotContain(NEW_CARD, NAME, PHONE);
        }
        byte[] stored = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%.SettlementAccountChangeRequested'", byte[].class, merchantNo);
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain(NEW_CARD, NAME, PHONE);

        Instant before = simulationClock();
        send(new KycPassed("ACCOUNT_CHANGE:" + changeId + ":1", KycSubjectType.ACCOUNT_CHANGE, changeId, 1,
                List.of(), Instant.now()));
        Map verified = await().atMost(DEADLINE).until(() -> change(merchantNo, changeId).getBody(),
                b -> "VERIFIED".equals(b.get("status")));
        Instant after = simulationClock();
        Instant effectiveFrom = Instant.parse((String) verified.get("effectiveFrom"));
        assertThat(effectiveFrom).isIn(nextShanghaiMidnight(before), nextShanghaiMidnight(after));

        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), MERCHANTS)) {
            ConsumerRecord<String, byte[]> changed = await().atMost(DEADLINE).until(() -> out.records(r ->
                    merchantNo.equals(r.key()) && "posflow.onboarding.SettlementAccountChanged.v1"
                            .equals(TopicRecorder.header(r, "ce_type"))), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.value(changed)).contains("\"changeId\":\"" + changeId + "\"",
                    "\"effectiveFrom\":\"" + effectiveFrom + "\"").doesNotContain(NEW_CARD, NAME);
        }
    }

    @Test
    void O10_aFailedKycFailsTheChangeWithItsReasonsAndTheMerchantMayRequestAgain() {
        String merchantNo = onboardedMerchant(PERSONAL);
        String changeId = (String) requestChange(merchantNo, cardChange(NAME)).getBody().get("changeId");

        send(new KycFailed("ACCOUNT_CHANGE:" + changeId + ":1", KycSubjectType.ACCOUNT_CHANGE, changeId, 1,
                List.of(Reason.of(ReasonCode.BANK_ELEMENTS_MISMATCH)), Instant.now()));

        Map failed = await().atMost(DEADLINE).until(() -> change(merchantNo, changeId).getBody(),
                b -> "FAILED".equals(b.get("status")));
        assertThat((List<Map>) failed.get("reasons")).extracting(r -> r.get("code"))
                .containsExactly("BANK_ELEMENTS_MISMATCH");
        assertThat(failed.get("effectiveFrom")).isNull();
        assertThat(requestChange(merchantNo, cardChange(NAME)).getStatusCode().value()).isEqualTo(202);
    }

    @Test
    void O10_K3_aChangeToSomeoneElsesCreditCardIsRefusedWith422ByDottedPath() {
        String merchantNo = onboardedMerchant(PERSONAL);

        ResponseEntity<Map> refused = requestChange(merchantNo, """
                {"settlementAccount": {"holderName": "李四", "cardNumber": "6258071234567896", "bankName": "中国农业银行",
                                       "reservedPhone": "13800138000"},
                 "materials": [{"kind": "BANK_CARD", "documentId": "no-such-document"}]}""");

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map>) refused.getBody().get("errors")).extracting(e -> e.get("field") + " " + e.get("code"))
                .containsExactly("materials[0].documentId DOCUMENT_NOT_FOUND", "settlementAccount.cardNumber CARD_NOT_DEBIT",
                        "settlementAccount.holderName NAME_MISMATCH");
        assertThat(refused.toString()).doesNotContain("6258071234567896", "李四");
    }

    @Test
    void K10_microDepositAnswersArePublishedForAnEnterpriseApplicationAndForACorporateAccountChange() {
        String applicationId = submitted(ENTERPRISE);
        assertThat(post("/api/v1/applications/" + applicationId + "/micro-deposit", "{\"amountFen\": 37}")
                .getStatusCode().value()).isEqualTo(202);
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), APPLICATIONS)) {
            ConsumerRecord<String, byte[]> answered = await().atMost(DEADLINE).until(() -> out.records(r ->
                    applicationId.equals(r.key()) && "posflow.onboarding.MicroDepositAnswered.v1"
                            .equals(TopicRecorder.header(r, "ce_type"))), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.value(answered)).contains("\"subjectType\":\"APPLICATION\"", "\"amountFen\":37",
                    "\"caseId\":\"APPLICATION:" + applicationId + ":1\"");
        }

        String merchantNo = onboarded(applicationId);
        ResponseEntity<Map> accepted = requestChange(merchantNo, """
                {"settlementAccount": {"accountType": "CORPORATE", "holderName": "%s", "cardNumber": "%s",
                                       "bankName": "中国建设银行"},
                 "materials": [{"kind": "ACCOUNT_PERMIT", "documentId": "doc-permit"}]}"""
                .formatted(COMPANY, NEW_CORPORATE_ACCOUNT));
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(accepted.getBody()).containsEntry("status", "AWAITING_MICRO_DEPOSIT");
        String changeId = (String) accepted.getBody().get("changeId");

        assertThat(post("/api/v1/merchants/" + merchantNo + "/settlement-account-changes/" + changeId
                + "/micro-deposit", "{\"amountFen\": 100}").getStatusCode().value()).isEqualTo(422);
        assertThat(post("/api/v1/merchants/" + merchantNo + "/settlement-account-changes/" + changeId
                + "/micro-deposit", "{\"amountFen\": 42}").getStatusCode().value()).isEqualTo(202);
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), MERCHANTS)) {
            ConsumerRecord<String, byte[]> answered = await().atMost(DEADLINE).until(() -> out.records(r ->
                    merchantNo.equals(r.key()) && "posflow.onboarding.MicroDepositAnswered.v1"
                            .equals(TopicRecorder.header(r, "ce_type"))), l -> l.size() == 1).get(0);
            assertThat(TopicRecorder.value(answered)).contains("\"subjectType\":\"ACCOUNT_CHANGE\"", "\"amountFen\":42",
                    "\"subjectId\":\"" + changeId + "\"", "\"merchantNo\":\"" + merchantNo + "\"")
                    .doesNotContain(NEW_CORPORATE_ACCOUNT);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private String onboardedMerchant(String application) {
        return onboarded(submitted(application));
    }

    private String submitted(String application) {
        ResponseEntity<Map> accepted = post("/api/v1/applications", application.replace("\"ID\"",
                "\"" + freshIdNumber() + "\""));
        assertThat(accepted.getStatusCode().value()).as(String.valueOf(accepted.getBody())).isEqualTo(202);
        return (String) accepted.getBody().get("applicationId");
    }

    private String onboarded(String applicationId) {
        send(new KycPassed("APPLICATION:" + applicationId + ":1", KycSubjectType.APPLICATION, applicationId, 1,
                List.of(), Instant.now()));
        Map approved = await().atMost(DEADLINE).until(() -> rest.getForEntity("/api/v1/applications/" + applicationId,
                Map.class).getBody(), b -> "APPROVED".equals(b.get("status")));
        String merchantNo = (String) approved.get("merchantNo");
        // The merchant exists once the onboarding policy has run.
        await().atMost(DEADLINE).until(() -> jdbc.queryForObject("select count(*) from merchant_view where merchant_no = ?",
                Integer.class, merchantNo) == 1);
        return merchantNo;
    }

    private static String cardChange(String holder) {
        return """
                {"settlementAccount": {"holderName": "%s", "cardNumber": "%s", "bankName": "中国农业银行",
                                       "reservedPhone": "%s"},
                 "materials": [{"kind": "BANK_CARD", "documentId": "doc-card"}]}""".formatted(holder, NEW_CARD, PHONE);
    }

    private ResponseEntity<Map> requestChange(String merchantNo, String body) {
        return post("/api/v1/merchants/" + merchantNo + "/settlement-account-changes", body);
    }

    private ResponseEntity<Map> change(String merchantNo, String changeId) {
        return rest.getForEntity("/api/v1/merchants/" + merchantNo + "/settlement-account-changes/" + changeId,
                Map.class);
    }

    private ResponseEntity<Map> post(String path, String body) {
        if (photo == null) {
            photo = UploadedDocuments.photo(rest, "photo.jpg");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST,
                new HttpEntity<>(UploadedDocuments.withDocument(body, photo), headers), Map.class);
    }

    private Instant simulationClock() {
        return Instant.parse((String) rest.getForEntity("/api/v1/simulation/clock", Map.class).getBody().get("instant"));
    }

    private static Instant nextShanghaiMidnight(Instant at) {
        return at.atZone(SHANGHAI).toLocalDate().plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }

    private static void send(IntegrationEvent event) {
        producer.send(KYC, event.key(), EventCatalogue.of(event).ceType(), UUID.randomUUID().toString(),
                CODEC.write(event));
    }

    /** A valid GB 11643 number of someone born on 1990-03-07, different each call (O8 limits per ID number). */
    private static String freshIdNumber() {
        String body = "11010519900307" + String.format("%03d", APPLICANTS.incrementAndGet());
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
