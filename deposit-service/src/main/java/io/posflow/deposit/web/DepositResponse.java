package io.posflow.deposit.web;

import io.posflow.deposit.deposit.DepositStatus;
import io.posflow.deposit.deposit.DepositWindow;
import io.posflow.deposit.deposit.Money;
import io.posflow.deposit.query.DepositView;

import java.time.Instant;

/**
 * {@code GET /api/v1/deposits/{sn}} (DESIGN §5, D6): progress towards the refund, as of now.
 * {@code serialNumber} is the terminal that holds the deposit now (T8: the new one after a replacement).
 */
public record DepositResponse(String serialNumber, String merchantNo, DepositStatus status, long depositFen,
                              Instant windowStart, Instant windowEnd, long qualifyingVolumeFen, long targetFen,
                              long remainingFen, long daysLeft) {

    static DepositResponse of(DepositView view, Instant now) {
        Money remaining = Money.ofFen(view.targetFen()).minus(Money.ofFen(view.qualifyingVolumeFen())).atLeastZero();
        long daysLeft = new DepositWindow(view.windowStart(), view.windowEnd()).daysLeftAt(now);
        return new DepositResponse(view.terminalSerialNumber(), view.merchantNo(), view.status(), view.depositFen(),
                view.windowStart(), view.windowEnd(), view.qualifyingVolumeFen(), view.targetFen(),
                remaining.fen(), daysLeft);
    }
}
