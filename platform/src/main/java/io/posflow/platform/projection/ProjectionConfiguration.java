package io.posflow.platform.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.transaction.PlatformTransactionManager;

/** The factory of topic projections, on the platform's Kafka consumers, transactions and DLT recoverer. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    TopicProjections topicProjections(ConsumerFactory<String, byte[]> posflowConsumerFactory,
                                      PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                                      DeadLetterPublishingRecoverer posflowDeadLetterRecoverer, MeterRegistry meters) {
        return new TopicProjections(posflowConsumerFactory, transactionManager, jdbc, posflowDeadLetterRecoverer,
                meters);
    }
}
