package io.posflow.settlement.domain.clearing;

import io.posflow.contracts.money.Money;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * S8: a capture and the switch's clearing file disagree. {@code holds} — ours missing from the file or with
 * another amount — is not paid until ops release it; the others are reported only.
 *
 * @param capturedAmount our amount, null when we never captured it
 * @param clearedAmount  the switch's amount, null when the switch did not clear it
 */
@Revision("1")
public record ClearingDiscrepancyFound(LocalDate businessDate, String transactionId, Reconciliation.Kind kind,
                                       Money capturedAmount, Money clearedAmount, boolean holds, Instant foundAt) {
}
