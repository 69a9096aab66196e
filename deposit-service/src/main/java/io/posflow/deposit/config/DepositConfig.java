package io.posflow.deposit.config;

import io.posflow.deposit.domain.deposit.DepositPolicies;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
public class DepositConfig {

    /**
     * The JPA event storage engine exactly as Axon's Spring Boot auto-configuration builds it; declared here only
     * because {@link #eventStore} is, which makes that auto-configuration step back.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
                                         @Qualifier("eventSerializer") Serializer eventSerializer,
                                         org.axonframework.config.Configuration axon, EntityManagerProvider entities,
                                         TransactionManager transactions) {
        return JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entities)
                .transactionManager(transactions)
                .build();
    }

    /**
     * Axon's event store as Spring Boot builds it, with a short fetch delay. It wakes its tracking readers (the
     * publisher among them) when a unit of work commits; but the volume projection's commands join the poll's
     * transaction, whose commit comes later, so the readers also look every {@code fetch-delay} (Axon's default:
     * a second) — the bound on how long a DepositRefundTriggered waits to be published.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                  @Value("${posflow.deposit.event-store-fetch-delay:25ms}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }

    /** Injected into the Deposit's command handlers by Axon (a handler parameter resolved from Spring). */
    @Bean
    DepositPolicies depositPolicies(DepositProperties properties) {
        return properties.policies();
    }
}
