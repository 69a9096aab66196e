package io.posflow.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One step in the life of a stored event's JSON (ADR 20): an event written at {@code fromRevision} is read as
 * {@code toRevision}, its fields changed by {@code change}, before it is deserialized — so an aggregate and every
 * handler only ever see the current shape, and the event store's history stays exactly as it was written.
 *
 * <p>An event's revision is its class's {@code @Revision} ({@code null} before it had one). Reshaping an event
 * means: bump its {@code @Revision}, and declare one of these as a bean of the service that stores it; Axon's
 * Spring Boot configuration puts every {@code EventUpcaster} bean into the event store's upcaster chain, in
 * {@code @Order}. Several steps chain: {@code null → 2}, then {@code 2 → 3}.
 */
public final class JsonEventUpcaster extends SingleEventUpcaster {

    private final String fromType;
    private final String fromRevision;
    private final SerializedType to;
    private final UnaryOperator<ObjectNode> change;

    private JsonEventUpcaster(String fromType, String fromRevision, SerializedType to, UnaryOperator<ObjectNode> change) {
        this.fromType = Objects.requireNonNull(fromType, "fromType");
        this.fromRevision = fromRevision;
        this.to = to;
        this.change = Objects.requireNonNull(change, "change");
    }

    /** {@code event} as stored at {@code fromRevision} ({@code null}: before its first {@code @Revision}) becomes {@code toRevision}. */
    public static JsonEventUpcaster step(Class<?> event, String fromRevision, String toRevision,
                                         UnaryOperator<ObjectNode> change) {
        return renamed(event.getName(), fromRevision, event, toRevision, change);
    }

    /** An event stored under an earlier class name (a moved or renamed class) becomes {@code event} at {@code toRevision}. */
    public static JsonEventUpcaster renamed(String storedTypeName, String fromRevision, Class<?> event,
                                            String toRevision, UnaryOperator<ObjectNode> change) {
        if (Objects.equals(storedTypeName, event.getName()) && Objects.equals(fromRevision, toRevision)) {
            throw new IllegalArgumentException("An upcaster must change the revision or the type of " + storedTypeName);
        }
        return new JsonEventUpcaster(storedTypeName, fromRevision, new SimpleSerializedType(event.getName(), toRevision),
                change);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        SerializedType stored = representation.getType();
        return fromType.equals(stored.getName()) && Objects.equals(fromRevision, stored.getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, stored -> {
            if (!(stored instanceof ObjectNode object)) {
                throw new IllegalStateException("A stored " + fromType + " is not a JSON object");
            }
            return change.apply(object.deepCopy());
        });
    }

    @Override
    public String toString() {
        return "JsonEventUpcaster[" + fromType + "@" + fromRevision + " → " + to.getName() + "@" + to.getRevision() + "]";
    }
}
