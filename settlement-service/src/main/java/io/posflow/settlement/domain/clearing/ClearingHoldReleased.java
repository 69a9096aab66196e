package io.posflow.settlement.domain.clearing;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** S8: ops released a held capture; the next run settles it. */
@Revision("1")
public record ClearingHoldReleased(LocalDate businessDate, String transactionId, Instant releasedAt) {
}
