package io.posflow.settlement.domain.payout;

/**
 * What a payout attempt left behind: completed, held (its payee was crypto-shredded: not retried), or still to
 * be retried after {@code failedAttempts}.
 */
public record PayoutProgress(PayoutStatus status, int failedAttempts) {

    public boolean completed() {
        return status == PayoutStatus.COMPLETED;
    }

    public boolean held() {
        return status == PayoutStatus.HELD;
    }
}
