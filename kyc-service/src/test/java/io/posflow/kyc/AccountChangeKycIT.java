package io.posflow.kyc;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.kyc.KycFailed;
import io.posflow.contracts.kyc.KycPassed;
import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.Agreement;
import io.posflow.contracts.onboarding.Applicant;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.ApplicationSubmitted;
import io.posflow.contracts.onboarding.BusinessAddress;
import io.posflow.contracts.onboarding.BusinessLicence;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.onboarding.MicroDepositAnswered;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementAccountChangeRequested;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.contracts.topics.Topics;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** O10 account-change cases and K10 micro-deposits, through the real broker and the simulated bank. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"simulation", "it"})
@DirtiesContext
@SuppressWarnings({"rawtypes", "unchecked"})
class AccountChangeKycIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String APPLICATIONS = Topics.ONBOARDING_APPLICATIONS.name();
    private static final String MERCHANTS = Topics.ONBOARDING_MERCHANTS.name();
    private static final String VERIFICATIONS = Topics.KYC_VERIFICATIONS.name();
    private static final String PHONE = "13800138000";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String COMPANY = "深圳市南山区小明科技有限公司";
    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")),
            "sim-2026");
    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final AtomicInteger MERCHANT_NUMBERS = new AtomicInteger();

    private static TestProducer producer;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", RealKafka::bootstrapServers);
    }

    @BeforeAll
    static void onboardingsTopicsAndAProducer() {
        RealKafka.ensureTopics(6, APPLICATIONS, MERCHANTS);
        producer = new TestProducer();
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Autowired
    TestRestTemplate rest;

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
    void O10_K4_aChangeToAnotherOwnCardIsCheckedAtTheBankAndPasses() {
        String application = personalApplication(PHONE);
        String change = UUID.randomUUID().toString();

        sendChange(change, application, ApplicantType.PERSONAL, card("6217001234567890122", PHONE));

        KycPassed passed = (KycPassed) verdict(change);
        assertThat(passed.subjectType()).isEqualTo(KycSubjectType.ACCOUNT_CHANGE);
        assertThat(passed.caseId()).isEqualTo("ACCOUNT_CHANGE:" + change + ":1");
        assertThat(passed.round()).isEqualTo(1);
    }

    @Test
    void O10_K4_aCardWhoseBankElementsDoNotMatchFailsBankElementsMismatch() {
        String phone = "13900000002";
        String application = personalApplication(phone);
        String change = UUID.randomUUID().toString();

        sendChange(change, application, ApplicantType.PERSONAL, card("6217001234567890122", phone));

        KycFailed failed = (KycFailed) verdict(change);
        assertThat(failed.reasons()).extracting(Reason::code).containsExactly(ReasonCode.BANK_ELEMENTS_MISMATCH);
    }

    @Test
    void K10_aCorporateChangeIsPaidAMicroDepositAndPassesOnTheRightAmountAfterAWrongOne() {
        String application = enterpriseApplication();
        String change = UUID.randomUUID().toString();
        String merchantNo = merchantNo();

        sendChange(change, application, ApplicantType.ENTERPRISE, corporate("44250100003600005678"), merchantNo);

        Map deposit = microDeposit("ACCOUNT_CHANGE:" + change + ":1");
        assertThat((String) deposit.get("account")).endsWith("5678").doesNotContain("44250100003600005678");
        long amount = ((Number) deposit.get("amountFen")).longValue();
        assertThat(amount).isBetween(1L, 99L);
        await().atMost(DEADLINE).until(() -> status("ACCOUNT_CHANGE:" + change + ":1"), "MICRO_DEPOSIT_SENT"::equals);

        answer(KycSubjectType.ACCOUNT_CHANGE, change, merchantNo, amount == 99 ? 1 : amount + 1);
        answer(KycSubjectType.ACCOUNT_CHANGE, change, merchantNo, amount);

        assertThat(verdict(change)).isInstanceOf(KycPassed.class);
    }

    @Test
    void K10_anEnterpriseApplicationWaitsForItsMicroDepositAnswerAndThenPasses() {
        String application = enterpriseApplication();
        String caseId = "APPLICATION:" + application + ":1";

        long amount = ((Number) microDeposit(caseId).get("amountFen")).longValue();
        await().atMost(DEADLINE).until(() -> status(caseId), "MICRO_DEPOSIT_SENT"::equals);
        assertThat(verifications.records(r -> application.equals(r.key()))).isEmpty();

        answer(KycSubjectType.APPLICATION, application, null, amount);

        KycPassed passed = (KycPassed) verdict(application);
        assertThat(passed.subjectType()).isEqualTo(KycSubjectType.APPLICATION);
    }

    @Test
    void K10_threeWrongAnswersFailTheChangeAccountNotVerified() {
        String application = enterpriseApplication();
        String change = UUID.randomUUID().toString();
        String merchantNo = merchantNo();
        sendChange(change, application, ApplicantType.ENTERPRISE, corporate("44250100003600007777"), merchantNo);
        long amount = ((Number) microDeposit("ACCOUNT_CHANGE:" + change + ":1").get("amountFen")).longValue();
        await().atMost(DEADLINE).until(() -> status("ACCOUNT_CHANGE:" + change + ":1"), "MICRO_DEPOSIT_SENT"::equals);

        for (int i = 0; i < 3; i++) {
            answer(KycSubjectType.ACCOUNT_CHANGE, change, merchantNo, amount == 99 ? 1 : amount + 1);
        }

        KycFailed failed = (KycFailed) verdict(change);
        assertThat(failed.reasons()).extracting(Reason::code).containsExactly(ReasonCode.ACCOUNT_NOT_VERIFIED);
    }

    @Test
    void K10_aPayoutToAnAccountEnding9999IsRetriedUntilTheBankIsRestored() {
        String application = enterpriseApplication();
        String change = UUID.randomUUID().toString();
        String caseId = "ACCOUNT_CHANGE:" + change + ":1";

        sendChange(change, application, ApplicantType.ENTERPRISE, corporate("44250100003600009999"), merchantNo());

        await().atMost(DEADLINE).until(() -> ((Number) rest.getForObject("/api/v1/simulation/providers/bank-payouts",
                Map.class).get("subjectsWaitingForRestore")).intValue() >= 1);
        assertThat(status(caseId)).isEqualTo("OPEN");
        assertThat(microDeposits(caseId)).isEmpty();

        rest.exchange("/api/v1/simulation/providers/bank-payouts", HttpMethod.PUT,
                new HttpEntity<>(Map.of("available", true)), Map.class);

        assertThat(((Number) microDeposit(caseId).get("amountFen")).longValue()).isBetween(1L, 99L);
        await().atMost(DEADLINE).until(() -> status(caseId), "MICRO_DEPOSIT_SENT"::equals);
    }

    @Test
    void K10_noRightAnswerWithinThreeDaysOnTheClockFailsTheChangeAccountNotVerified() {
        String application = enterpriseApplication();
        String change = UUID.randomUUID().toString();
        sendChange(change, application, ApplicantType.ENTERPRISE, corporate("44250100003600006666"), merchantNo());
        Map deposit = microDeposit("ACCOUNT_CHANGE:" + change + ":1");
        await().atMost(DEADLINE).until(() -> status("ACCOUNT_CHANGE:" + change + ":1"), "MICRO_DEPOSIT_SENT"::equals);

        Instant paidAt = Instant.parse((String) deposit.get("paidAt"));
        rest.exchange("/api/v1/simulation/clock", HttpMethod.PUT,
                new HttpEntity<>(Map.of("instant", paidAt.plus(Duration.ofDays(3)).plusSeconds(1).toString())), Map.class);

        KycFailed failed = (KycFailed) verdict(change);
        assertThat(failed.reasons()).extracting(Reason::code).containsExactly(ReasonCode.ACCOUNT_NOT_VERIFIED);
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** A PERSONAL application kyc has a case file for (its own verdict does not matter to the change). */
    private String personalApplication(String phone) {
        String application = "app-" + UUID.randomUUID();
        send(APPLICATIONS, submitted(application, ApplicantType.PERSONAL, phone, card("6222020200112233445", phone),
                null));
        verdict(application);
        return application;
    }

    private String enterpriseApplication() {
        String application = "app-" + UUID.randomUUID();
        send(APPLICATIONS, submitted(application, ApplicantType.ENTERPRISE, PHONE, corporate("44250100003600001234"),
                new BusinessLicence("91350100M000100Y43", LocalDate.of(2040, 1, 1), seal("王小明", Mask.NAME))));
        await().atMost(DEADLINE).until(() -> status("APPLICATION:" + application + ":1"), "MICRO_DEPOSIT_SENT"::equals);
        return application;
    }

    private void sendChange(String change, String application, ApplicantType type, SettlementAccount account) {
        sendChange(change, application, type, account, merchantNo());
    }

    private void sendChange(String change, String application, ApplicantType type, SettlementAccount account,
                            String merchantNo) {
        MaterialKind proof = account.accountType() == AccountType.CORPORATE ? MaterialKind.ACCOUNT_PERMIT
                : MaterialKind.BANK_CARD;
        send(MERCHANTS, new SettlementAccountChangeRequested(merchantNo, change, application, type, account,
                List.of(new Material(proof, "doc-proof", "a".repeat(64), "image/jpeg", "proof.jpg")),
                Instant.parse("2026-11-25T02:00:00Z")));
    }

    private void answer(KycSubjectType type, String subjectId, String merchantNo, long amountFen) {
        MicroDepositAnswered answer = new MicroDepositAnswered(type, subjectId,
                type.name() + ":" + subjectId + ":1", amountFen, Instant.now(), merchantNo);
        send(type == KycSubjectType.APPLICATION ? APPLICATIONS : MERCHANTS, answer);
    }

    /** Awaits the subject's one verdict. */
    private IntegrationEvent verdict(String subjectId) {
        ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                .until(() -> verifications.records(r -> subjectId.equals(r.key())), l -> !l.isEmpty()).get(0);
        assertThat(verifications.records(r -> subjectId.equals(r.key()))).hasSize(1);
        return CODEC.read(TopicRecorder.header(record, "ce_type"), record.value());
    }

    private Map microDeposit(String caseId) {
        return await().atMost(DEADLINE).until(() -> microDeposits(caseId), l -> l.size() == 1).get(0);
    }

    private List<Map> microDeposits(String caseId) {
        return List.of(rest.getForObject("/api/v1/simulation/micro-deposits?caseId=" + caseId, Map[].class));
    }

    private String status(String caseId) {
        Map view = rest.getForObject("/api/v1/kyc-cases/" + caseId, Map.class);
        return view == null || !view.containsKey("caseId") ? null : (String) view.get("status"); // 404: not opened yet
    }

    private static String merchantNo() {
        return "48411005411" + String.format("%04d", MERCHANT_NUMBERS.incrementAndGet());
    }

    private static void send(String topic, IntegrationEvent event) {
        producer.send(topic, event.key(), EventCatalogue.byClass(event.getClass()).ceType(),
                UUID.randomUUID().toString(), CODEC.write(event));
    }

    private static SealedValue seal(String clear, Mask mask) {
        return SEALING.seal(clear, mask);
    }

    private static SettlementAccount card(String number, String reservedPhone) {
        return new SettlementAccount(AccountType.PERSONAL_CARD, seal("王小明", Mask.NAME),
                seal(number, Mask.CARD_NUMBER), "中国农业银行", null, seal(reservedPhone, Mask.PHONE));
    }

    private static SettlementAccount corporate(String number) {
        return new SettlementAccount(AccountType.CORPORATE, seal(COMPANY, Mask.NAME), seal(number, Mask.CARD_NUMBER),
                "中国建设银行", null, null);
    }

    private static ApplicationSubmitted submitted(String application, ApplicantType type, String phone,
                                                  SettlementAccount account, BusinessLicence licence) {
        List<Material> materials = Stream.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK, MaterialKind.FACE_LIVENESS)
                .map(kind -> new Material(kind, "doc-" + kind.name().toLowerCase(), "a".repeat(64), "image/jpeg",
                        kind.name().toLowerCase() + ".jpg")).toList();
        return new ApplicationSubmitted(application, 1, Channel.ONLINE, type,
                type == ApplicantType.ENTERPRISE ? COMPANY : "北京市朝阳区老王便利店", "5411",
                new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"), DeviceModel.ESIGN, SettlementSpeed.T1, null,
                new Applicant(seal("王小明", Mask.NAME), seal(ID_NUMBER, Mask.ID_NUMBER), LocalDate.of(2035, 5, 1),
                        seal(phone, Mask.PHONE)), account, licence, materials,
                new Agreement(seal("王小明", Mask.NAME)), null, null, Instant.parse("2026-11-22T02:00:00Z"));
    }
}
