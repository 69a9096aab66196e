package io.posflow.terminal.terminal;

import io.posflow.contracts.reasons.ReasonCode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to {@link CaptureSale}: APPROVED with its purpose, or DECLINED with a catalogue reason.
 * {@code at} is the capture (or decline) time from the service's clock.
 */
public record CaptureOutcome(TransactionId transactionId, CaptureStatus status, ReasonCode reason,
                             TransactionPurpose purpose, Instant at, LocalDate businessDate) {

    public enum CaptureStatus { APPROVED, DECLINED }

    static CaptureOutcome approved(TransactionId transactionId, TransactionPurpose purpose, Instant at) {
        return new CaptureOutcome(transactionId, CaptureStatus.APPROVED, null, purpose, at, BusinessDate.of(at));
    }

    static CaptureOutcome declined(TransactionId transactionId, ReasonCode reason, Instant at) {
        return new CaptureOutcome(transactionId, CaptureStatus.DECLINED, reason, null, at, BusinessDate.of(at));
    }
}
