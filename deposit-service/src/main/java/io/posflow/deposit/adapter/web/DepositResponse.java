package io.posflow.deposit.adapter.web;

import io.posflow.contracts.money.Money;
import io.posflow.deposit.domain.deposit.DepositStatus;
import io.posflow.deposit.domain.deposit.DepositWindow;
import io.posflow.deposit.domain.deposit.RefundMode;
import io.posflow.deposit.readmodel.state.volume.DepositVolumes;
import io.posflow.deposit.readmodel.view.DepositView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/deposits/{sn}} (architecture §5, D6): progress towards the refund, as of now: the Deposit's
 * status and terms with the projection's volume. {@code serialNumber} is the terminal that holds the deposit
 * now (T8: the new one after a replacement). Beyond DESIGN: {@code transactionCount} and {@code dailyVolumes}
 * (per Shanghai capture date), {@code refundMode} and {@code targetReached} (with ON_REQUEST, the merchant may
 * now ask for the refund).
 */
public record DepositResponse(String serialNumber, String merchantNo, DepositStatus status, long depositFen,
                              Instant windowStart, Instant windowEnd, long qualifyingVolumeFen, long targetFen,
                              long remainingFen, long daysLeft, long transactionCount, RefundMode refundMode,
                              boolean targetReached, List<DailyVolume> dailyVolumes) {

    static DepositResponse of(DepositView view, DepositVolumes.VolumeView volume, Instant now) {
        long volumeFen = volume == null ? view.qualifyingVolumeFen() : volume.volumeFen();
        Money remaining = Money.ofFen(view.targetFen()).minus(Money.ofFen(volumeFen)).atLeastZero();
        if (view.targetReached() || view.status() == DepositStatus.REFUND_TRIGGERED
                || view.status() == DepositStatus.REFUNDED) {
            remaining = Money.ZERO;
        }
        long daysLeft = new DepositWindow(view.windowStart(), view.windowEnd()).daysLeftAt(now);
        List<DailyVolume> days = volume == null ? List.of() : volume.days().stream()
                .map(d -> new DailyVolume(d.date(), d.volumeFen(), d.transactionCount())).toList();
        return new DepositResponse(view.terminalSerialNumber(), view.merchantNo(), view.status(), view.depositFen(),
                view.windowStart(), view.windowEnd(), volumeFen, view.targetFen(), remaining.fen(), daysLeft,
                volume == null ? 0 : volume.transactionCount(), view.refundMode(), view.targetReached(), days);
    }

    /** The qualifying volume captured on one Shanghai date. */
    public record DailyVolume(LocalDate date, long volumeFen, long transactionCount) {
    }
}
