package io.posflow.settlement;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementAccountChanged;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.topics.Topics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.posflow.settlement.SettlementTestEvents.anyMerchantNo;
import static io.posflow.settlement.SettlementTestEvents.anySerialNumber;
import static io.posflow.settlement.SettlementTestEvents.merchantOnboarded;
import static io.posflow.settlement.SettlementTestEvents.refundTriggered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** O10 次日生效 on the real broker: a changed settlement account is paid from its effectiveFrom on, not before. */
class SettlementAccountChangeIT extends SettlementITSupport {

    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")),
            "sim-2026");
    private static final String OLD_CARD_MASKED = "622202*********3445";
    private static final String NEW_CARD = "6217001234567890122";

    @Test
    void O10_aPayoutBeforeEffectiveFromPaysTheOldAccountAndFromItOnTheNewOne() {
        String merchant = anyMerchantNo();
        SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(),
                merchantOnboarded(merchant, SettlementSpeed.T1));
        Instant effectiveFrom = clock.instant().plusSeconds(30);
        SettlementAccountChanged changed = new SettlementAccountChanged(merchant, UUID.randomUUID().toString(),
                new SettlementAccount(AccountType.PERSONAL_CARD, SEALING.seal("王小明", Mask.NAME),
                        SEALING.seal(NEW_CARD, Mask.CARD_NUMBER), "中国农业银行", null,
                        SEALING.seal("13800138000", Mask.PHONE)), effectiveFrom);
        SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(), changed);
        // Delivered again (another ce_id, as a republished event): still one scheduled change.
        SettlementTestEvents.send(producer, Topics.ONBOARDING_MERCHANTS.name(), changed);
        await().atMost(DEADLINE).until(() -> jdbc.queryForObject("select count(*) from known_merchant"
                + " where merchant_no = ? and next_payee_from is not null", Integer.class, merchant) == 1);

        String before = anySerialNumber();
        SettlementTestEvents.send(producer, Topics.DEPOSIT_DEPOSITS.name(),
                refundTriggered(before, merchant, 9_900, clock.instant()));
        assertThat(paidTo("DEPOSIT_REFUND:" + before)).isEqualTo(OLD_CARD_MASKED);

        clock.moveTo(effectiveFrom);
        String after = anySerialNumber();
        SettlementTestEvents.send(producer, Topics.DEPOSIT_DEPOSITS.name(),
                refundTriggered(after, merchant, 9_900, clock.instant()));
        assertThat(paidTo("DEPOSIT_REFUND:" + after)).isEqualTo("621700*********0122");

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%.SettlementAccountChangeScheduled'", Integer.class, merchant)).isOne();
    }

    /** The masked account the simulated bank paid under this payout id, once. */
    @SuppressWarnings("unchecked")
    private String paidTo(String payoutId) {
        List<Map<String, Object>> accepted = await().atMost(DEADLINE).until(() ->
                ((List<Map<String, Object>>) rest.getForObject("/api/v1/simulation/bank", Map.class).get("accepted"))
                        .stream().filter(a -> payoutId.equals(a.get("payoutId"))).toList(), l -> !l.isEmpty());
        assertThat(accepted).hasSize(1);
        return (String) accepted.get(0).get("accountMasked");
    }
}
