package io.posflow.terminal.domain.terminal;

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

    static CaptureOutcome approved(Capture capture, TransactionPurpose purpose) {
        return new CaptureOutcome(capture.transactionId(), CaptureStatus.APPROVED, null, purpose, capture.capturedAt(),
                capture.businessDate());
    }

    static CaptureOutcome declined(Capture capture, ReasonCode reason) {
        return new CaptureOutcome(capture.transactionId(), CaptureStatus.DECLINED, reason, null, capture.capturedAt(),
                capture.businessDate());
    }
}
