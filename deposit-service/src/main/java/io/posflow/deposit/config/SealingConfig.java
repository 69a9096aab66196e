package io.posflow.deposit.config;

import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.pii.SubjectKeyVault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Phones arrive sealed for transport and are stored sealed under their data subject's key (DESIGN §4), the
 * application the merchant was onboarded from; one is revealed only at the moment its SMS is sent.
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
