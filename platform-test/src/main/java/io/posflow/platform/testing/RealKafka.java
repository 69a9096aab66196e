package io.posflow.platform.testing;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.Map;

/**
 * One real Kafka broker in KRaft mode per test JVM, in-process, from the Kafka artifacts on Maven
 * Central (the version Spring Boot manages). Like production it never auto-creates topics, and it
 * supports transactions on a single node.
 */
public final class RealKafka {

    private static EmbeddedKafkaKraftBroker broker;

    private RealKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 1);
            started.brokerProperties(Map.of(
                    "auto.create.topics.enable", "false",
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "offsets.topic.replication.factor", "1",
                    "group.initial.rebalance.delay.ms", "0"));
            started.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "real-kafka-shutdown"));
            broker = started;
        }
        return broker.getBrokersAsString();
    }

    public static EmbeddedKafkaKraftBroker broker() {
        bootstrapServers();
        return broker;
    }
}
