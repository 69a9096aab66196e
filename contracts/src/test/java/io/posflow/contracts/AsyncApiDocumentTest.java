package io.posflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The AsyncAPI document describes exactly the topic catalogue and the event catalogue. */
class AsyncApiDocumentTest {

    private static JsonNode asyncApi;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("/asyncapi.yaml on the classpath").isNotNull();
            asyncApi = new YAMLMapper().readTree(in);
        }
    }

    static Stream<TopicDefinition> topics() {
        return Topics.all().stream();
    }

    static Stream<EventType> eventTypes() {
        return EventCatalogue.all().stream();
    }

    @Test
    void isAnAsyncApi3Document() {
        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void everyTopicIsAChannelAndEveryChannelATopic() {
        List<String> addresses = new ArrayList<>();
        asyncApi.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.all().stream().map(TopicDefinition::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void everyChannelCarriesTheMessagesOfItsTopic(TopicDefinition topic) {
        JsonNode channel = channelOf(topic);
        Set<String> messageNames = new HashSet<>();
        channel.path("messages").fields().forEachRemaining(m -> {
            JsonNode message = resolve(m.getValue());
            assertThat(m.getKey()).isEqualTo(message.path("name").asText());
            messageNames.add(message.path("name").asText());
        });

        assertThat(messageNames).containsExactlyInAnyOrderElementsOf(
                topic.eventTypes().stream().map(Class::getSimpleName).toList());
        assertThat(channel.at("/bindings/kafka/partitions").asInt()).isEqualTo(topic.partitions());
        assertThat(channel.at("/bindings/kafka/topic").asText()).isEqualTo(topic.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void everyTopicHasOneOperationSendingItsOwnEventsOrReceivingInboundOnes(TopicDefinition topic) {
        List<JsonNode> operations = new ArrayList<>();
        asyncApi.path("operations").forEach(op -> {
            if (resolve(op.path("channel")).path("address").asText().equals(topic.name())) {
                operations.add(op);
            }
        });
        boolean inbound = topic.eventTypes().stream()
                .noneMatch(e -> EventCatalogue.byClass(e).owner().equals(topic.owner()));

        assertThat(operations).singleElement().satisfies(op -> {
            assertThat(op.path("action").asText()).isEqualTo(inbound ? "receive" : "send");
            assertThat(op.at("/tags/0/name").asText()).isEqualTo(topic.owner());
            assertThat(op.path("messages")).hasSize(topic.eventTypes().size());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everyEventIsAMessageWithItsCeTypeAndSchema(EventType type) {
        JsonNode message = asyncApi.path("components").path("messages").path(type.typeName());

        assertThat(message.isMissingNode()).as(type.typeName() + " in components.messages").isFalse();
        assertThat(message.at("/payload/schema/$ref").asText()).isEqualTo("." + type.schemaResource());
        assertThat(message.path("headers").findValues("ce_type"))
                .anyMatch(ceType -> type.ceType().equals(ceType.path("const").asText()));
        assertThat(message.path("headers").findValues("ce_source"))
                .anyMatch(source -> CloudEventHeaders.sourceOf(type.owner()).equals(source.path("const").asText()));
    }

    @Test
    void everyMessageIsACatalogueEvent() {
        asyncApi.path("components").path("messages").fieldNames()
                .forEachRemaining(name -> assertThat(EventCatalogue.byTypeName(name)).as(name).isPresent());
    }

    @Test
    void theHeadersAreThoseOfCloudEventsBinaryMode() {
        JsonNode headers = asyncApi.at("/components/schemas/CloudEventHeaders/required");
        List<String> names = new ArrayList<>();
        headers.forEach(h -> names.add(h.asText()));

        assertThat(names).containsExactlyInAnyOrder(CloudEventHeaders.ID, CloudEventHeaders.TYPE,
                CloudEventHeaders.SOURCE, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.TIME,
                CloudEventHeaders.SUBJECT, CloudEventHeaders.CONTENT_TYPE);
    }

    private static JsonNode channelOf(TopicDefinition topic) {
        List<JsonNode> found = new ArrayList<>();
        asyncApi.path("channels").forEach(c -> {
            if (c.path("address").asText().equals(topic.name())) {
                found.add(c);
            }
        });
        assertThat(found).as("channel for " + topic.name()).hasSize(1);
        return found.get(0);
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = asyncApi.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
