package io.posflow.onboarding.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The partner banks whose signed applications are taken (architecture §5), e.g.
 * {@code posflow.onboarding.partner-banks.[ICBC].keys.[icbc-2026]=<base64 X.509 SubjectPublicKeyInfo>}.
 * None outside the {@code simulation} profile, which registers {@code TESTBANK}.
 *
 * @param partnerBanks bank code → its keys
 */
@ConfigurationProperties("posflow.onboarding")
public record PartnerBankProperties(Map<String, Bank> partnerBanks) {

    public PartnerBankProperties {
        partnerBanks = partnerBanks == null ? Map.of() : Map.copyOf(partnerBanks);
    }

    /** @param keys key id → base64 DER SubjectPublicKeyInfo of an ECDSA P-256 public key */
    public record Bank(Map<String, String> keys) {

        public Bank {
            keys = keys == null ? Map.of() : Map.copyOf(keys);
        }
    }

    /** bank code → key id → key, as the registry takes it. */
    public Map<String, Map<String, String>> keysByBank() {
        Map<String, Map<String, String>> keys = new LinkedHashMap<>();
        partnerBanks.forEach((code, bank) -> keys.put(code, bank.keys()));
        return keys;
    }
}
