package io.posflow.platform.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * What a service folds from its topics with a {@link TopicProjection}: how a record is read and how a batch of
 * read records changes its tables. The runtime (consumers, offsets stored with the state, retries, the DLT) is
 * the platform's; the fold is the service's domain.
 *
 * @param <T> a record as the fold reads it
 */
public interface TopicFold<T> {

    /**
     * Reads one record. A record that can never be read throws
     * {@link io.posflow.platform.messaging.inbound.UnreadableMessageException}: it goes to {@code <topic>.dlt} at once
     * and is left out. Called on several threads at once for a large poll, so it must keep no state.
     */
    T parse(ConsumerRecord<String, byte[]> record);

    /**
     * The in-memory state one consumer folds with, read from the database (inside the transaction it is first used
     * in). It is dropped, and opened again, whenever it may be behind the database: after a failed transaction and
     * after a rebalance.
     */
    State<T> open();

    /** After the transaction that folded {@code items} (possibly none) committed: wake whoever waits for it. */
    default void committed(List<T> items) {
    }

    /** Where a consumer's fold keeps what it has learnt between polls. */
    interface State<T> {

        /** Folds {@code items}, in record order, in the transaction that moves the offsets past them. */
        void apply(List<T> items);

        /** Whether the fold set work aside that a later moment may let it do ({@link #applyDeferred()}). */
        default boolean hasDeferred() {
            return false;
        }

        /** Does what was set aside and can be done by now, in a transaction of its own (no offsets move). */
        default void applyDeferred() {
        }
    }
}
