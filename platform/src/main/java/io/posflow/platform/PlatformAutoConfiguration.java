package io.posflow.platform;

import io.posflow.contracts.BusinessDay;
import io.posflow.platform.duework.DueWorkConfiguration;
import io.posflow.platform.events.MovedPackagesUpcaster;
import io.posflow.platform.messaging.MessagingConfiguration;
import io.posflow.platform.persistence.PersistenceConfiguration;
import io.posflow.platform.persistence.PlatformEntityRegistrar;
import io.posflow.platform.pii.PersonalDataConfiguration;
import io.posflow.platform.problem.ProblemDetailsAdvice;
import io.posflow.platform.projection.ProjectionConfiguration;
import io.posflow.platform.sms.SmsConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Wires the platform into every service: its JPA entities and repositories (registered as an
 * auto-configuration package, so the service's own scanning is untouched), the due-work scheduler,
 * the event pipeline, topic projections, problem+json errors and the check that commits are durable.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        beforeName = {
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
                "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration"
        })
@AutoConfigurationPackage
@EnableConfigurationProperties(PlatformProperties.class)
@Import({PlatformEntityRegistrar.class, DueWorkConfiguration.class, MessagingConfiguration.class, SmsConfiguration.class,
        PersonalDataConfiguration.class, PersistenceConfiguration.class, ProjectionConfiguration.class,
        ProblemDetailsAdvice.class})
public class PlatformAutoConfiguration {

    /** The business date of an instant, as {@code posflow.platform.business-day.*} configures it. */
    @Bean
    BusinessDay businessDay(PlatformProperties properties) {
        return new BusinessDay(properties.businessDay().zone(), properties.businessDay().cutOff());
    }

    /**
     * Events stored under a package the code has since left ({@code posflow.platform.events.moved-packages}) load as
     * their classes of today; first in the upcaster chain, so every revision step sees today's class names.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MovedPackagesUpcaster movedPackagesUpcaster(PlatformProperties properties) {
        return new MovedPackagesUpcaster(properties.events().movedPackages().stream()
                .collect(java.util.stream.Collectors.toMap(PlatformProperties.MovedPackage::from,
                        PlatformProperties.MovedPackage::to)));
    }
}
