package io.posflow.contracts;

/**
 * Kafka header names of CloudEvents 1.0 binary mode, as every posflow topic carries them.
 * The AsyncAPI document ({@code /asyncapi.yaml}) describes their values.
 */
public final class CloudEventHeaders {

    /** The domain event's id; stable across redelivery, so consumers deduplicate on it. */
    public static final String ID = "ce_id";
    /** {@link EventType#ceType()}. */
    public static final String TYPE = "ce_type";
    /** The publishing party, {@link #sourceOf(String)}. */
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    /** When the fact happened, ISO-8601 UTC. */
    public static final String TIME = "ce_time";
    /** Equals the record key. */
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String CONTENT_TYPE_VALUE = "application/json";

    private CloudEventHeaders() {
    }

    /** The {@code ce_source} of events published by {@code owner}, e.g. {@code /posflow/settlement}. */
    public static String sourceOf(String owner) {
        if (!Owners.isKnown(owner)) {
            throw new IllegalArgumentException("unknown owner '" + owner + "'");
        }
        return "/posflow/" + owner;
    }
}
