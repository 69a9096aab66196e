package io.posflow.contracts.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import io.posflow.contracts.ContractsJson;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.EventType;
import io.posflow.contracts.IntegrationEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Validates serialized integration events against their JSON Schemas (draft 2020-12), looked up by
 * {@code ce_type}. Consumers send a message with violations to the dead-letter topic at once.
 *
 * <p>Violations read {@code $.applicant.idNumber: string found, object expected}: the location and the rule
 * broken, never the offending value, so they may be logged and put in DLT headers even when the payload
 * carries personal data. Formats ({@code date-time}, {@code date}) are asserted. Thread-safe; load once.
 */
public final class EventSchemas {

    private final Map<String, Schema> schemasByCeType;
    private final ObjectMapper mapper = ContractsJson.objectMapper();

    private EventSchemas(Map<String, Schema> schemasByCeType) {
        this.schemasByCeType = Map.copyOf(schemasByCeType);
    }

    /**
     * Loads the schema of every catalogue event from the classpath.
     *
     * @throws IllegalStateException if a schema is missing or unreadable
     */
    public static EventSchemas load() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .pathType(PathType.JSON_PATH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012(),
                builder -> builder.schemaRegistryConfig(config));
        ObjectMapper reader = ContractsJson.objectMapper();
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (EventType type : EventCatalogue.all()) {
            JsonNode node = readSchema(reader, type.schemaResource());
            String id = node.path("$id").asText(type.schemaResource());
            schemas.put(type.ceType(), registry.getSchema(SchemaLocation.of(id), node));
        }
        return new EventSchemas(schemas);
    }

    /** Whether a schema exists for {@code ceType}. */
    public boolean knows(String ceType) {
        return schemasByCeType.containsKey(ceType);
    }

    /**
     * The violations of {@code payload} against the schema of {@code ceType}; empty when it is valid. An unknown
     * {@code ceType} is itself a violation.
     */
    public List<String> validate(String ceType, JsonNode payload) {
        Objects.requireNonNull(payload, "payload");
        Schema schema = schemasByCeType.get(ceType);
        if (schema == null) {
            return List.of("unknown ce_type '" + ceType + "'");
        }
        List<Error> errors = schema.validate(payload);
        return errors.stream().map(EventSchemas::describe).toList();
    }

    /** As {@link #validate(String, JsonNode)} for the raw record value; unparseable JSON is a violation. */
    public List<String> validate(String ceType, byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        JsonNode node;
        try {
            node = mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the input, which may be personal data: report the position only.
            JsonLocation at = e.getLocation();
            return List.of("payload is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || node.isMissingNode()) {
            return List.of("payload is empty");
        }
        return validate(ceType, node);
    }

    /** Serializes {@code event} as the wire does and validates it: a producer-side check. */
    public List<String> validate(IntegrationEvent event) {
        return validate(EventCatalogue.of(event).ceType(), mapper.<JsonNode>valueToTree(event));
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation() == null ? "$" : error.getInstanceLocation().toString();
        return location + ": " + error.getMessage();
    }

    private static JsonNode readSchema(ObjectMapper reader, String resource) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is missing from the classpath");
            }
            return reader.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("schema " + resource + " is unreadable", e);
        }
    }
}
