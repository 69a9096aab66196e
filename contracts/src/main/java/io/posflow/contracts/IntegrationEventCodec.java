package io.posflow.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.contracts.schema.EventSchemas;

import java.io.IOException;
import java.util.List;

/**
 * Writes and reads integration events on the wire: JSON validated against the event's schema, typed by
 * its CloudEvents {@code ce_type}, never by a Java class name. One instance per service (schemas are
 * loaded once).
 */
public final class IntegrationEventCodec {

    private final ObjectMapper json = ContractsJson.objectMapper();
    private final EventSchemas schemas = EventSchemas.load();

    /** Serialises an event; fails when it would not match its own published schema. */
    public byte[] write(IntegrationEvent event) {
        try {
            byte[] bytes = json.writeValueAsBytes(event);
            List<String> violations = schemas.validate(EventCatalogue.of(event).ceType(), json.readTree(bytes));
            if (!violations.isEmpty()) {
                throw new IllegalStateException(EventCatalogue.of(event).typeName()
                        + " does not match its schema: " + violations);
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("Could not serialise " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads an event of the given {@code ce_type}. Throws {@link UnreadableEventException} (whose message
     * never quotes the value) when the type is unknown, the bytes are not JSON, or the schema is violated.
     */
    public IntegrationEvent read(String ceType, byte[] value) {
        EventType type = EventCatalogue.byCeType(ceType).orElseThrow(() -> new UnreadableEventException(
                "UNKNOWN_TYPE", "Unknown or missing ce_type " + (ceType == null ? "(none)" : "'" + ceType + "'")));
        JsonNode tree;
        try {
            tree = json.readTree(value);
        } catch (IOException e) {
            throw new UnreadableEventException("NOT_JSON", "The value of a " + type.typeName() + " is not JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new UnreadableEventException("NOT_JSON", "The value of a " + type.typeName() + " is not a JSON object");
        }
        List<String> violations = schemas.validate(ceType, tree);
        if (!violations.isEmpty()) {
            throw new UnreadableEventException("SCHEMA_VIOLATION",
                    type.typeName() + " violates its schema: " + String.join("; ", violations));
        }
        try {
            return json.treeToValue(tree, type.eventClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException("SCHEMA_VIOLATION", type.typeName() + " could not be mapped: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Why an inbound value cannot be read; {@code code} is short and stable, the message safe to log. */
    public static final class UnreadableEventException extends RuntimeException {

        private final String code;

        public UnreadableEventException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
