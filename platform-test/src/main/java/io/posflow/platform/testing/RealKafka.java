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

    /**
     * Creates the topics that do not exist yet — in tests, the topics other services own. Test classes
     * share the broker, so a topic may already be there.
     */
    public static synchronized void ensureTopics(int partitions, String... names) {
        java.util.Set<String> existing = broker().doWithAdminFunction(admin -> {
            try {
                return admin.listTopics().names().get();
            } catch (Exception e) {
                throw new IllegalStateException("Could not list the broker's topics", e);
            }
        });
        for (String name : names) {
            if (!existing.contains(name)) {
                broker().addTopics(new org.apache.kafka.clients.admin.NewTopic(name, partitions, (short) 1));
            }
        }
    }

    public static EmbeddedKafkaKraftBroker broker() {
        bootstrapServers();
        return broker;
    }
}
