package io.posflow.settlement.adapter.messaging.inbound;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.settlement.domain.merchant.SettlementAccountOnFile;
import io.posflow.settlement.config.CashOutRiskProperties;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementCardFingerprintsTest {

    private static final String FINGERPRINT_KEY = "t8lXFY0Xf6wVjTXKSRGs3xcAGnctNwNAboT/8TA3XaI=";
    private static final String SEALING_KEY = "9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=";
    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode(SEALING_KEY)), "sim-2026");

    @Test
    void S7_theSettlementCardsFingerprintIsTheHmacTerminalServicePutsOnItsCaptures() throws Exception {
        SettlementCardFingerprints fingerprints = new SettlementCardFingerprints(
                new CashOutRiskProperties(FINGERPRINT_KEY), Optional.of(SEALING), Optional.empty());

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(FINGERPRINT_KEY), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(
                mac.doFinal("pan:6222020200112233445".getBytes(StandardCharsets.UTF_8)));
        assertThat(fingerprints.of(card(AccountType.PERSONAL_CARD))).contains(expected);
    }

    @Test
    void S7_DESIGN4_theFingerprintOfACardStoredUnderItsSubjectsKeyIsTheSameAndGoneOnceShredded() {
        Map<String, byte[]> subjectKeys = new HashMap<>(Map.of("APP-1", new byte[32]));
        SubjectSealing sealing = new SubjectSealing(SEALING, SubjectSealing.SubjectKeys.of(
                id -> Optional.ofNullable(subjectKeys.get(id)), subjectKeys::get));
        CashOutRiskProperties settings = new CashOutRiskProperties(FINGERPRINT_KEY);
        SettlementCardFingerprints fingerprints = new SettlementCardFingerprints(settings, Optional.of(SEALING),
                Optional.of(sealing));
        SettlementAccount received = card(AccountType.PERSONAL_CARD);
        SettlementAccountOnFile stored = new SettlementAccountOnFile(received.accountType(), received.holderName(),
                received.cardNumber(), received.bankName(), null).storedUnder("APP-1", sealing);

        assertThat(stored.cardNumber().keyId()).isEqualTo("subject:APP-1");
        assertThat(fingerprints.of(stored)).isEqualTo(new SettlementCardFingerprints(settings, Optional.of(SEALING), Optional.empty()).of(received))
                .isPresent();
        subjectKeys.remove("APP-1");
        assertThat(fingerprints.of(stored)).isEmpty();
    }

    @Test
    void S7_aCorporateAccountHasNoCardFingerprint() {
        SettlementCardFingerprints fingerprints = new SettlementCardFingerprints(
                new CashOutRiskProperties(FINGERPRINT_KEY), Optional.of(SEALING), Optional.empty());

        assertThat(fingerprints.of(card(AccountType.CORPORATE))).isEmpty();
    }

    @Test
    void S7_withoutTheKeysTheSettlementCardCheckIsOff() {
        SettlementCardFingerprints fingerprints = new SettlementCardFingerprints(
                new CashOutRiskProperties(FINGERPRINT_KEY), Optional.empty(), Optional.empty());

        assertThat(fingerprints.of(card(AccountType.PERSONAL_CARD))).isEmpty();
    }

    private static SettlementAccount card(AccountType type) {
        return new SettlementAccount(type, SEALING.seal("王小明", Mask.NAME),
                SEALING.seal("6222020200112233445", Mask.CARD_NUMBER), "中国工商银行", null,
                SEALING.seal("13800138000", Mask.PHONE));
    }
}
