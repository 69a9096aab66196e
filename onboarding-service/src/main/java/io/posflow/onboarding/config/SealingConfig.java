package io.posflow.onboarding.config;

import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.pii.SubjectKeyVault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Personal data is sealed as it enters the service, before anything stores or publishes it: under its data
 * subject's key for storage, under the transport keyring for the topics.
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
