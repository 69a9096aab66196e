package io.posflow.contracts;

import java.util.Objects;

/**
 * One entry of the {@link EventCatalogue}: an integration event class, the party that publishes it and
 * its major version.
 *
 * @param eventClass   the record class
 * @param owner        the publishing party, one of {@link Owners#all()}
 * @param majorVersion the major version; a breaking change makes a new major (and new topics)
 */
public record EventType(Class<? extends IntegrationEvent> eventClass, String owner, int majorVersion) {

    public EventType {
        Objects.requireNonNull(eventClass, "eventClass");
        if (!Owners.isKnown(owner)) {
            throw new IllegalArgumentException("unknown owner '" + owner + "' of " + eventClass.getSimpleName());
        }
        if (majorVersion < 1) {
            throw new IllegalArgumentException("majorVersion must be at least 1: " + majorVersion);
        }
    }

    /** The event's name in the published language, e.g. {@code TransactionSettled}. */
    public String typeName() {
        return eventClass.getSimpleName();
    }

    /** The CloudEvents type, the wire type token: {@code posflow.<owner>.<EventName>.v<major>}. */
    public String ceType() {
        return "posflow." + owner + "." + typeName() + ".v" + majorVersion;
    }

    /** The classpath resource of the event's JSON Schema, e.g. {@code /schemas/TransactionSettled.v1.json}. */
    public String schemaResource() {
        return "/schemas/" + typeName() + ".v" + majorVersion + ".json";
    }
}
