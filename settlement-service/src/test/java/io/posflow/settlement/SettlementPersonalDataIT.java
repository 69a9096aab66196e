package io.posflow.settlement;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementAccountChanged;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.contracts.settlement.PayoutFailed;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.pii.SubjectKeyVault;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.posflow.settlement.SettlementTestEvents.anySerialNumber;
import static io.posflow.settlement.SettlementTestEvents.isType;
import static io.posflow.settlement.SettlementTestEvents.merchantOnboarded;
import static io.posflow.settlement.SettlementTestEvents.refundTriggered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * architecture §4 on the real broker and database: the settlement account settlement keeps of a merchant is stored
 * under the merchant's data subject's key — its onboarding application's — never in clear, and can be
 * crypto-shredded; afterwards nothing can reveal it, the merchant's rows and events still load, and a payout to
 * the shredded account is held, visibly failed (S6), never sent. This class sets the archive duty to nothing
 * ({@code posflow.pii.archive-duty=P0D}) so as not to move the clock five years under the other tests; the
 * relationship end is recorded on the vault directly, as settlement has no "merchant closed" event.
 */
@TestPropertySource(properties = "posflow.pii.archive-duty=P0D")
class SettlementPersonalDataIT extends SettlementITSupport {

    private static final String CARD_NUMBER = "6222020200112233445";
    private static final String HOLDER_NAME = "王小明";
    private static final String PAYOUTS = Topics.SETTLEMENT_PAYOUTS.name();
    private static final SealedValueCodec TRANSPORT = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")),
            "sim-2026");

    @Autowired
    SubjectSealing sealing;
    @Autowired
    SubjectKeyVault vault;

    @Test
    void DESIGN4_theSettlementAccountIsStoredUnderTheApplicationsKeyNeverInClearAndPaidFromThere() {
        MerchantOnboarded onboarded = onboard();
        String merchant = onboarded.merchantNo();
        String subject = "subject:" + onboarded.applicationId();

        Map<String, Object> row = jdbc.queryForMap("select * from known_merchant where merchant_no = ?", merchant);
        assertThat(row.get("APPLICATION_ID")).isEqualTo(onboarded.applicationId());
        assertThat(row.get("PAYEE_HOLDER_NAME_KEY_ID")).isEqualTo(subject);
        assertThat(row.get("PAYEE_CARD_NUMBER_KEY_ID")).isEqualTo(subject);
        assertThat(row.toString()).doesNotContain(CARD_NUMBER, HOLDER_NAME, "sim-2026");
        assertThat(sealing.reveal(storedCard(merchant))).contains(CARD_NUMBER);
        assertThat(eventPayloads(merchant)).singleElement().asString()
                .contains(subject).doesNotContain(CARD_NUMBER, HOLDER_NAME, "sim-2026");

        // S6: the payout takes the stored payee (still under the subject's key) and the bank is paid.
        String serial = anySerialNumber();
        SettlementTestEvents.send(producer, Topics.DEPOSIT_DEPOSITS.name(),
                refundTriggered(serial, merchant, 9_900, clock.instant()));
        String payoutId = "DEPOSIT_REFUND:" + serial;
        await().atMost(DEADLINE).until(() -> acceptedByTheBank(payoutId), l -> l.size() == 1);
        assertThat(acceptedByTheBank(payoutId).get(0)).containsEntry("accountMasked", "622202*********3445");
        assertThat(eventPayloads(payoutId)).isNotEmpty().allSatisfy(payload -> assertThat(payload)
                .doesNotContain(CARD_NUMBER, HOLDER_NAME, "sim-2026"));
    }

    @Test
    void DESIGN4_afterShreddingTheAccountCannotBeRevealedItsMerchantStillLoadsAndAPayoutToItIsHeldAsFailed() {
        MerchantOnboarded onboarded = onboard();
        String merchant = onboarded.merchantNo();
        String application = onboarded.applicationId();
        assertThat(rest.postForEntity("/api/v1/ops/data-subjects/" + application + "/shredding", null, Map.class)
                .getStatusCode().value()).as("the relationship has not ended").isEqualTo(409);

        vault.relationshipEnded(application, clock.instant());
        ResponseEntity<Map> shredded = rest.postForEntity("/api/v1/ops/data-subjects/" + application + "/shredding",
                null, Map.class);

        assertThat(shredded.getStatusCode().value()).isEqualTo(200);
        assertThat(sealing.reveal(storedCard(merchant))).as("unreadable after shredding").isEmpty();
        assertThat(storedCard(merchant).masked()).as("the masked form stays").isEqualTo("622202*********3445");
        assertThat(rest.getForEntity("/api/v1/merchants/{m}/statements?date={d}", Map.class, merchant,
                LocalDate.ofInstant(clock.instant(), SHANGHAI).toString()).getStatusCode().value())
                .as("the merchant still loads").isEqualTo(200);

        // S6: the payout is requested, never sent to the bank, and visible as failed — once, not retried in a loop.
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), PAYOUTS)) {
            String serial = anySerialNumber();
            SettlementTestEvents.send(producer, Topics.DEPOSIT_DEPOSITS.name(),
                    refundTriggered(serial, merchant, 9_900, clock.instant()));
            String payoutId = "DEPOSIT_REFUND:" + serial;
            ConsumerRecord<String, byte[]> record = await().atMost(DEADLINE)
                    .until(() -> failures(out, payoutId), l -> !l.isEmpty()).get(0);
            PayoutFailed failed = (PayoutFailed) CODEC.read("posflow.settlement.PayoutFailed.v1", record.value());
            assertThat(failed.reason()).isEqualTo("PAYEE_SHREDDED");
            assertThat(TopicRecorder.value(record)).doesNotContain(CARD_NUMBER, HOLDER_NAME);
            assertThat(jdbc.queryForObject("select status from payout_line where payout_id = ?", String.class,
                    payoutId)).isNotEqualTo("COMPLETED");

            clock.moveTo(clock.instant().plusSeconds(2 * 3_600));
            assertThat(jdbc.queryForObject("select count(*) from due_work where kind = 'settlement.payout'"
                    + " and work_key = ?", Integer.class, payoutId)).as("not retried").isZero();
            assertThat(failures(out, payoutId)).hasSize(1);
            assertThat(acceptedByTheBank(payoutId)).isEmpty();
        }
    }

    @Test
    void DESIGN4_O10_aChangedAccountIsStoredUnderTheSameSubjectAndOneArrivingAfterShreddingKeepsOnlyItsMaskedForm() {
        MerchantOnboarded onboarded = onboard();
        String merchant = onboarded.merchantNo();
        changeAccount(merchant, "6217001234567890122");
        await().atMost(DEADLINE).until(() -> "subject:" + onboarded.applicationId(), key -> key.equals(
                jdbc.queryForObject("select next_payee_card_number_key_id from known_merchant where merchant_no = ?",
                        String.class, merchant)));

        vault.relationshipEnded(onboarded.applicationId(), clock.instant());
        assertThat(rest.postForEntity("/api/v1/ops/data-subjects/" + onboarded.applicationId() + "/shredding", null,
                Map.class).getStatusCode().value()).isEqualTo(200);
        changeAccount(merchant, "6217001234567890999");

        // Nothing new can be stored for a shredded subject: the change is applied with the masked form only, and
        // the message is neither retried nor dead-lettered.
        await().atMost(DEADLINE).until(() -> jdbc.queryForMap("select next_payee_card_number_masked m,"
                + " next_payee_card_number_sealed s, next_payee_card_number_key_id k from known_merchant"
                + " where merchant_no = ?", merchant), r -> "621700*********0999".equals(r.get("M")));
        Map<String, Object> next = jdbc.queryForMap("select next_payee_card_number_sealed s,"
                + " next_payee_card_number_key_id k from known_merchant where merchant_no = ?", merchant);
        assertThat(next.get("S")).isEqualTo("");
        assertThat(next.get("K")).isEqualTo(SubjectSealing.SHREDDED_KEY_ID);
    }

    private void changeAccount(String merchant, String cardNumber) {
        SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(), new SettlementAccountChanged(merchant,
                UUID.randomUUID().toString(), new SettlementAccount(AccountType.PERSONAL_CARD,
                TRANSPORT.seal(HOLDER_NAME, Mask.NAME), TRANSPORT.seal(cardNumber, Mask.CARD_NUMBER), "中国农业银行",
                null, TRANSPORT.seal("13800138000", Mask.PHONE)), clock.instant().plusSeconds(3_600)));
    }

    private MerchantOnboarded onboard() {
        MerchantOnboarded onboarded = merchantOnboarded(SettlementTestEvents.anyMerchantNo(), SettlementSpeed.T1);
        SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(), onboarded);
        await().atMost(DEADLINE).until(() -> jdbc.queryForObject(
                "select count(*) from known_merchant where merchant_no = ?", Integer.class,
                onboarded.merchantNo()) == 1);
        return onboarded;
    }

    private SealedValue storedCard(String merchant) {
        return jdbc.queryForObject("select payee_card_number_masked, payee_card_number_sealed, payee_card_number_key_id"
                + " from known_merchant where merchant_no = ?", (rs, n) -> new SealedValue(rs.getString(1),
                rs.getString(2), rs.getString(3)), merchant);
    }

    private List<String> eventPayloads(String aggregate) {
        return jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ?"
                        + " and (payload_type like '%.MerchantAccountOpened' or payload_type like '%.PayoutRequested')",
                byte[].class, aggregate).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> failures(TopicRecorder out, String payoutId) {
        return out.records(r -> isType(r, "PayoutFailed")
                && TopicRecorder.value(r).contains("\"payoutId\":\"" + payoutId + "\""));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> acceptedByTheBank(String payoutId) {
        return ((List<Map<String, Object>>) rest.getForObject("/api/v1/simulation/bank", Map.class).get("accepted"))
                .stream().filter(a -> payoutId.equals(a.get("payoutId"))).toList();
    }
}
