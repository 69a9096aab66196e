package io.posflow.terminal.adapter.web;

import io.posflow.terminal.domain.terminal.CaptureOutcome.CaptureStatus;
import io.posflow.terminal.domain.terminal.TransactionPurpose;
import io.posflow.terminal.readmodel.state.CaptureAnswer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 201 to a capture, and again to its retries (T5). {@code reason} is the catalogue code of a decline (null
 * when approved); {@code purpose} is DEPOSIT for the deposit swipe (T3), SALE otherwise, null when declined;
 * {@code capturedAt}/{@code businessDate} are the service's clock (for a decline: when it was declined).
 */
public record CaptureResponse(String transactionId, CaptureStatus status, String reason, TransactionPurpose purpose,
                              Instant capturedAt, LocalDate businessDate) {

    static CaptureResponse of(CaptureAnswer answer) {
        return new CaptureResponse(answer.transactionId(), answer.status(), answer.reasonCode(), answer.purpose(),
                answer.answeredAt(), answer.businessDate());
    }
}
