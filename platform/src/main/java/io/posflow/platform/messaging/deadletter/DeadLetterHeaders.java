package io.posflow.platform.messaging.deadletter;

/** Headers the pipeline adds to a dead-lettered record, besides Spring Kafka's original-* headers. */
public final class DeadLetterHeaders {

    public static final String REASON = "x-posflow-dlt-reason";
    public static final String REASON_CODE = "x-posflow-dlt-reason-code";
    public static final String ORIGIN = "x-posflow-dlt-origin";
    public static final String FAILED_AT = "x-posflow-dlt-failed-at";
    public static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    public static final String PREFIX_SPRING = "kafka_dlt-";
    public static final String PREFIX_POSFLOW = "x-posflow-dlt-";

    private DeadLetterHeaders() {
    }
}
