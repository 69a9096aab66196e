package io.posflow.deposit.adapter.web;

import io.posflow.deposit.domain.deposit.RefundNotRequestableException;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * 409 for a refund request the deposit cannot grant (D3). The codes are deposit-service's own, outside the
 * reason-code catalogue (which lists onboarding and capture refusals): REFUND_AUTOMATIC, TARGET_NOT_REACHED,
 * DEPOSIT_FORFEITED.
 */
class RefundRequestRefusedException extends ProblemException {

    RefundRequestRefusedException(RefundNotRequestableException refusal) {
        super(HttpStatus.CONFLICT, refusal.why().name(), switch (refusal.why()) {
            case REFUND_AUTOMATIC -> "This deposit is refunded automatically once its volume reaches the target.";
            case TARGET_NOT_REACHED -> "The qualifying volume has not reached the target yet.";
            case DEPOSIT_FORFEITED -> "The deposit was forfeited.";
        });
    }
}
