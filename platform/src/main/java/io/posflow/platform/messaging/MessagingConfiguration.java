package io.posflow.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.platform.PlatformProperties;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.platform.messaging.deadletter.DeadLetterController;
import io.posflow.platform.messaging.deadletter.DeadLetterRecoverers;
import io.posflow.platform.messaging.deadletter.DeadLetterService;
import io.posflow.platform.messaging.deadletter.RedrivenDeadLetterRepository;
import io.posflow.platform.messaging.inbound.InboundDispatcher;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.InboxPruning;
import io.posflow.platform.messaging.inbound.ParkedMessageRepository;
import io.posflow.platform.messaging.inbound.ReceivedMessageRepository;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import io.posflow.platform.messaging.outbound.IntegrationEventMapper;
import io.posflow.platform.messaging.outbound.IntegrationEventPublisher;
import io.posflow.platform.messaging.topics.MessagingTopology;
import io.posflow.platform.messaging.topics.TopicSpec;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The event pipeline, the same in every service: topic creation, the outbound publisher, the inbound
 * container with de-duplication, parking and dead-lettering, and the ops view of the DLTs.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean
    ProducerFactory<String, byte[]> posflowProducerFactory(KafkaProperties kafka) {
        Map<String, Object> props = new HashMap<>(kafka.buildProducerProperties(null));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // Idempotent, fully acknowledged, ordered per partition even when the producer retries.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0); // the publisher waits for each ack: lingering only adds latency
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        return new DefaultKafkaProducerFactory<>(props);
    }

    @Bean
    KafkaTemplate<String, byte[]> posflowKafkaTemplate(ProducerFactory<String, byte[]> producers) {
        return new KafkaTemplate<>(producers);
    }

    @Bean
    ConsumerFactory<String, byte[]> posflowConsumerFactory(KafkaProperties kafka,
                                                          @Value("${spring.application.name}") String service) {
        Map<String, Object> props = new HashMap<>(kafka.buildConsumerProperties(null));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, "posflow." + service);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // Topics are created by their owners, possibly after this consumer subscribed: notice them soon.
        props.putIfAbsent(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5_000);
        return new DefaultKafkaConsumerFactory<>(props);
    }

    /**
     * The service's topics from the catalogue: owned by {@code spring.application.name}, consumed as
     * {@code posflow.platform.messaging.consumes} and {@code reads-on-its-own} say; a service (or a test) with
     * another shape defines its own bean.
     */
    @Bean
    @ConditionalOnMissingBean
    MessagingTopology messagingTopology(@Value("${spring.application.name}") String service,
                                        PlatformProperties properties) {
        return MessagingTopology.forOwner(service, properties.messaging().consumes(),
                properties.messaging().readsOnItsOwn());
    }

    /** Reads and writes the published language's JSON (contracts). */
    @Bean
    @ConditionalOnMissingBean
    IntegrationEventCodec integrationEventCodec() {
        return new IntegrationEventCodec();
    }

    @Bean
    KafkaAdmin.NewTopics posflowTopics(MessagingTopology topology, PlatformProperties properties) {
        short replication = properties.messaging().replicationFactor();
        NewTopic[] topics = Stream.concat(topology.owned().stream(), topology.deadLetterTopics().stream())
                .map(spec -> newTopic(spec, replication))
                .toArray(NewTopic[]::new);
        return new KafkaAdmin.NewTopics(topics);
    }

    private static NewTopic newTopic(TopicSpec spec, short replication) {
        return TopicBuilder.name(spec.name()).partitions(spec.partitions()).replicas(replication)
                .configs(spec.configs()).build();
    }

    // --- outbound ----------------------------------------------------------------------------------

    @Bean
    @ConditionalOnBean(IntegrationEventMapper.class)
    IntegrationEventPublisher integrationEventPublisher(IntegrationEventMapper mapper,
                                                        KafkaTemplate<String, byte[]> posflowKafkaTemplate,
                                                        @Value("${spring.application.name}") String service,
                                                        PlatformProperties properties, MeterRegistry meters) {
        return new IntegrationEventPublisher(mapper, posflowKafkaTemplate, service,
                properties.messaging().ackTimeout(), meters);
    }

    /**
     * Every event processor of every service stops and retries on an error instead of Axon's log-and-skip: a
     * projection that skipped an event would be silently wrong, a subscribing one rolls its command back. A
     * service only chooses a processor's mode ({@code axon.eventhandling.processors.<group>.mode}).
     */
    @Bean
    ConfigurerModule propagatingHandlerErrors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }

    /**
     * The publisher is a single tracking processor whose errors propagate (as every processor's do): a failed
     * send stops it and it retries from its last token. One segment keeps every key's events, and every
     * partition's records, in store order.
     */
    @Bean
    ConfigurerModule integrationPublisherProcessing(PlatformProperties properties) {
        String group = IntegrationEventPublisher.PROCESSING_GROUP;
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessorConfiguration(group, c -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(properties.messaging().publisherBatchSize()))
                .registerTrackingEventProcessor(group));
    }

    // --- inbound -----------------------------------------------------------------------------------

    @Bean
    DeadLetterPublishingRecoverer posflowDeadLetterRecoverer(KafkaTemplate<String, byte[]> posflowKafkaTemplate,
                                                              Clock clock, MeterRegistry meters) {
        return DeadLetterRecoverers.create(posflowKafkaTemplate, clock, meters);
    }

    @Bean
    DefaultErrorHandler posflowInboundErrorHandler(DeadLetterPublishingRecoverer posflowDeadLetterRecoverer,
                                                   PlatformProperties properties) {
        PlatformProperties.Messaging m = properties.messaging();
        DefaultErrorHandler handler = new DefaultErrorHandler(posflowDeadLetterRecoverer,
                new FixedBackOff(m.retryInterval().toMillis(), m.retryAttempts()));
        handler.addNotRetryableExceptions(UnreadableMessageException.class);
        handler.setCommitRecovered(true);
        return handler;
    }

    @Bean
    @ConditionalOnBean(InboundMessageHandler.class)
    InboundDispatcher inboundDispatcher(List<InboundMessageHandler> handlers, MessagingTopology topology,
                                        ReceivedMessageRepository received, ParkedMessageRepository parked,
                                        PlatformTransactionManager transactionManager, Clock clock,
                                        ObjectMapper json, DeadLetterPublishingRecoverer posflowDeadLetterRecoverer,
                                        MeterRegistry meters) {
        Set<String> consumed = topology.consumed().stream().map(TopicSpec::name).collect(Collectors.toSet());
        Set<String> handled = handlers.stream().flatMap(h -> h.topics().stream()).collect(Collectors.toSet());
        if (!consumed.equals(handled)) {
            throw new IllegalStateException("The topology's consumed topics " + consumed + " and the handled topics "
                    + handled + " differ: a handled topic needs its DLT, a consumed topic needs a handler");
        }
        return new InboundDispatcher(handlers, received, parked, new TransactionTemplate(transactionManager), clock,
                json, posflowDeadLetterRecoverer::accept, meters);
    }

    @Bean
    @ConditionalOnBean(InboundMessageHandler.class)
    ConcurrentMessageListenerContainer<String, byte[]> posflowInboundContainer(
            ConsumerFactory<String, byte[]> posflowConsumerFactory, InboundDispatcher dispatcher,
            DefaultErrorHandler posflowInboundErrorHandler, PlatformProperties properties) {
        ContainerProperties container = new ContainerProperties(dispatcher.topics().toArray(String[]::new));
        container.setAckMode(ContainerProperties.AckMode.RECORD);
        container.setMessageListener((MessageListener<String, byte[]>) dispatcher::dispatch);
        ConcurrentMessageListenerContainer<String, byte[]> listeners =
                new ConcurrentMessageListenerContainer<>(posflowConsumerFactory, container);
        listeners.setConcurrency(properties.messaging().consumerConcurrency());
        listeners.setCommonErrorHandler(posflowInboundErrorHandler);
        listeners.setBeanName("posflow-inbound");
        return listeners;
    }

    @Bean
    InboxPruning inboxPruning(ReceivedMessageRepository received, PlatformProperties properties,
                              DueWorkScheduler scheduler, Clock clock) {
        scheduler.scheduleIfAbsent(InboxPruning.KIND, "daily", clock.instant().plusSeconds(3600), null);
        return new InboxPruning(received, properties.messaging().inboxRetention());
    }

    // --- dead letters ------------------------------------------------------------------------------

    @Bean
    DeadLetterService deadLetterService(ConsumerFactory<String, byte[]> posflowConsumerFactory,
                                        KafkaTemplate<String, byte[]> posflowKafkaTemplate,
                                        RedrivenDeadLetterRepository redriven, MessagingTopology topology,
                                        Clock clock) {
        return new DeadLetterService(posflowConsumerFactory, posflowKafkaTemplate, redriven,
                topology.deadLetterTopics().stream().map(TopicSpec::name).collect(Collectors.toSet()), clock);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetterService service) {
        return new DeadLetterController(service);
    }

    /** Publishes {@code posflow.dlt.depth{topic}} for the DLT-growth alert, refreshed in the background. */
    @Bean
    PeriodicTask deadLetterDepthMonitor(DeadLetterService service, MeterRegistry meters,
                                        PlatformProperties properties) {
        Map<String, Long> depths = new ConcurrentHashMap<>();
        service.topics().forEach(t -> Gauge.builder("posflow.dlt.depth", depths, d -> d.getOrDefault(t, 0L))
                .tag("topic", t).register(meters));
        return new PeriodicTask("dlt-depth", properties.messaging().deadLetterDepthInterval(),
                () -> depths.putAll(service.depths()));
    }

    /**
     * Re-tries parked messages now and then, so a release that came too early (a handler checked a read
     * model that had not caught up) delays a message instead of stranding it.
     */
    @Bean
    @ConditionalOnBean(InboundMessageHandler.class)
    PeriodicTask parkedMessageSweep(InboundDispatcher dispatcher, PlatformProperties properties) {
        return new PeriodicTask("parked-sweep", properties.messaging().parkedSweepInterval(), dispatcher::retryParked);
    }
}
