package io.posflow.platform.duework;

import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.platform.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

@Configuration(proxyBeanMethods = false)
public class DueWorkConfiguration {

    @Bean
    DueWorkScheduler dueWorkScheduler(DueWorkRepository repository) {
        return new DueWorkScheduler(repository);
    }

    @Bean
    DueWorkPoller dueWorkPoller(DueWorkRepository repository, List<DueWorkHandler> handlers,
                                PlatformTransactionManager transactionManager, Clock clock,
                                PlatformProperties properties, MeterRegistry meters) {
        return new DueWorkPoller(repository, handlers, new TransactionTemplate(transactionManager), clock,
                properties.dueWork().pollInterval(), properties.dueWork().maxBackoff(), meters);
    }
}
