package io.posflow.settlement.domain.day;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Every transaction of {@code businessDate} has been settled, announced on one {@code partition} of the
 * transactions topic. A closure is stored once per partition, not once with a fan-out in the mapper: each
 * record then carries its own ce_id, because consumers' inboxes de-duplicate by topic and ce_id and would
 * otherwise keep the first partition's copy and drop the others as duplicates. Appended after that date's
 * TransactionSettled events, so the publisher (one segment, store order) writes it to each partition after them.
 */
@Revision("1")
public record SettlementDayClosed(LocalDate businessDate, Instant closedAt, int partition) {
}
