package io.posflow.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads an event stored under a class of a package the code has left (ADR 20, ADR 22) as the same-named class of
 * the package it moved to: its JSON and revision unchanged, so revision steps written for today's class apply
 * after it. Only the exact package moves; a sub-package moves with an entry of its own. The stored history stays
 * as it was written.
 */
public final class MovedPackagesUpcaster extends SingleEventUpcaster {

    private final Map<String, String> moved;

    public MovedPackagesUpcaster(Map<String, String> moved) {
        moved.forEach((from, to) -> {
            if (from == null || from.isBlank() || to == null || to.isBlank() || from.equals(to)) {
                throw new IllegalArgumentException("A moved package needs a from and a different to: " + from + " → " + to);
            }
        });
        this.moved = Map.copyOf(moved);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return !moved.isEmpty() && moved.containsKey(packageOf(representation.getType().getName()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        SerializedType stored = representation.getType();
        String name = stored.getName();
        String from = packageOf(name);
        SerializedType today = new SimpleSerializedType(moved.get(from) + name.substring(from.length()),
                stored.getRevision());
        return representation.upcastPayload(today, JsonNode.class, UnaryOperator.identity());
    }

    private static String packageOf(String className) {
        int lastDot = className.lastIndexOf('.');
        return lastDot < 0 ? "" : className.substring(0, lastDot);
    }

    @Override
    public String toString() {
        return "MovedPackagesUpcaster" + moved;
    }
}
