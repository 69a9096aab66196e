package io.posflow.terminal.config;

import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.pii.SubjectKeyVault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sealed personal data arrives under the transport keyring, is stored under its data subject's key (DESIGN §4:
 * the merchant's application) and is unsealed only where it is used (the SMS).
 */
@Configuration(proxyBeanMethods = false)
public class SealingConfig {

    @Bean
    SealedValueCodec sealedValueCodec(PiiProperties pii) {
        return SealedValueCodec.fromBase64("posflow.pii.keys", pii.keys(), pii.currentKeyId());
    }

    /** What is stored is sealed under its data subject's key (DESIGN §4), the keys kept by the platform's vault. */
    @Bean
    SubjectSealing subjectSealing(SealedValueCodec transport, SubjectKeyVault vault) {
        return new SubjectSealing(transport, SubjectSealing.SubjectKeys.of(vault::dataKey, vault::dataKeyOrCreate));
    }
}
