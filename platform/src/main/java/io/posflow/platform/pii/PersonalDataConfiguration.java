package io.posflow.platform.pii;

import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * Personal data in every service (architecture §4, ADR 17): the transport keyring, on when
 * {@code posflow.pii.current-key-id} is set, and the per-subject keys at rest, on when
 * {@code posflow.pii.master-key} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataConfiguration {

    /** Seals what a service publishes and unseals what it receives. */
    @Bean
    @ConditionalOnProperty(prefix = "posflow.pii", name = "current-key-id")
    @ConditionalOnMissingBean
    SealedValueCodec sealedValueCodec(PersonalDataProperties pii) {
        return pii.transportKeyring().orElseThrow();
    }

    /** What a service stores is sealed under its data subject's key, the keys kept (and shredded) by the vault. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "posflow.pii", name = "master-key")
    static class AtRest {

        @Bean
        SubjectKeyVault subjectKeyVault(SubjectKeyRepository keys, PersonalDataProperties settings, Clock clock,
                                        PlatformTransactionManager transactions) {
            return new SubjectKeyVault(keys, settings, clock, transactions);
        }

        @Bean
        DataSubjectController dataSubjectController(SubjectKeyVault vault) {
            return new DataSubjectController(vault);
        }

        @Bean
        @ConditionalOnMissingBean
        SubjectSealing subjectSealing(ObjectProvider<SealedValueCodec> transport, SubjectKeyVault vault) {
            SealedValueCodec keyring = transport.getIfAvailable(() -> {
                throw new IllegalStateException("posflow.pii.master-key is set, so received personal data is stored"
                        + " under its subject's key: posflow.pii.current-key-id and posflow.pii.keys are needed to"
                        + " unseal it as received");
            });
            return new SubjectSealing(keyring, SubjectSealing.SubjectKeys.of(vault::dataKey, vault::dataKeyOrCreate));
        }
    }
}
