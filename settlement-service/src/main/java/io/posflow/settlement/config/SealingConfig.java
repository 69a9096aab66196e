package io.posflow.settlement.config;

import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.pii.SubjectKeyVault;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * DESIGN §4: the personal data settlement keeps of a merchant (the settlement account's holder name and number)
 * is stored sealed under its data subject's key — the onboarding application's — so that the subject can be
 * crypto-shredded. On when {@code posflow.pii.master-key} is set (the platform's vault is on then); the
 * transport keyring it re-seals from is {@code posflow.settlement.risk.pii-*}, which must then be set too.
 */
@Configuration(proxyBeanMethods = false)
public class SealingConfig {

    @Bean
    @ConditionalOnProperty(prefix = "posflow.pii", name = "master-key")
    SubjectSealing subjectSealing(CashOutRiskProperties transport, SubjectKeyVault vault) {
        if (!transport.transportKeyringConfigured()) {
            throw new IllegalStateException("posflow.pii.master-key is set, so received personal data is stored "
                    + "under its subject's key: posflow.settlement.risk.pii-current-key-id and .pii-keys are needed "
                    + "to unseal it as received");
        }
        return new SubjectSealing(transport.transportKeyring(),
                SubjectSealing.SubjectKeys.of(vault::dataKey, vault::dataKeyOrCreate));
    }
}
