package io.posflow.platform.persistence;

import io.posflow.platform.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** Checks at start-up that the service's database makes commits durable before acknowledging them. */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    DurabilityCheck durabilityCheck(DataSource dataSource, PlatformProperties properties) {
        return new DurabilityCheck(dataSource, properties.persistence().allowNonDurable());
    }
}
