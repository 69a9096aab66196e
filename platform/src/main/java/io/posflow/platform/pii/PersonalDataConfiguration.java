package io.posflow.platform.pii;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/** Per-subject keys for a service that stores personal data: on when {@code posflow.pii.master-key} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "posflow.pii", name = "master-key")
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataConfiguration {

    @Bean
    SubjectKeyVault subjectKeyVault(SubjectKeyRepository keys, PersonalDataProperties settings, Clock clock,
                                    PlatformTransactionManager transactions) {
        return new SubjectKeyVault(keys, settings, clock, transactions);
    }

    @Bean
    DataSubjectController dataSubjectController(SubjectKeyVault vault) {
        return new DataSubjectController(vault);
    }
}
