package io.posflow.kyc.config;

import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.pii.SubjectKeyVault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The codec the provider checks unseal with, just before they call a provider. Cases keep the values
 * sealed as received; nothing else in kyc unseals.
 */
@Configuration(proxyBeanMethods = false)
public class SealingConfig {

    @Bean
    SealedValueCodec sealedValueCodec(PiiProperties pii) {
        return SealedValueCodec.fromBase64("posflow.pii.keys", pii.keys(), pii.currentKeyId());
    }

    /** What kyc keeps is sealed under its data subject's key (DESIGN §4), the keys kept by the platform's vault. */
    @Bean
    SubjectSealing subjectSealing(SealedValueCodec transport, SubjectKeyVault vault) {
        return new SubjectSealing(transport, SubjectSealing.SubjectKeys.of(vault::dataKey, vault::dataKeyOrCreate));
    }
}
