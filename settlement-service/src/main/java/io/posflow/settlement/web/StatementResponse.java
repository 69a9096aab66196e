package io.posflow.settlement.web;

import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.query.PayoutDeductionLine;
import io.posflow.settlement.query.PayoutLine;
import io.posflow.settlement.query.ServiceFeeLine;
import io.posflow.settlement.query.StatementLine;
import io.posflow.settlement.transaction.CaptureStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A merchant's statement for one date.
 *
 * @param captured          every transaction captured that business date (Asia/Shanghai date of capturedAt),
 *                          the deposit swipe included
 * @param depositsCollected the deposit swipes held as deposit liability instead of being paid out (S5)
 * @param settled           the transactions settled with that settlement date (the T1 run of that date, or T0
 *                          sales of that business date), with their fees and net
 * @param settledTotals     the sums over {@code settled}: {@code mdrFeeFen + surchargeFen + netFen = amountFen}
 * @param payouts           payouts paid, or refused and being retried, on that date (S6)
 * @param serviceFees       data-card fees (S4) charged that date, per terminal and period
 * @param payoutDeductions  the settlement payouts of that date: the net they cover, the service fees deducted,
 *                          what is paid and what is carried to the next payout (also when nothing is paid)
 */
record StatementResponse(String merchantNo, LocalDate date, List<Captured> captured,
                         List<DepositCollected> depositsCollected, List<Settled> settled, Totals settledTotals,
                         List<Payout> payouts, List<ServiceFee> serviceFees,
                         List<PayoutDeduction> payoutDeductions) {

    static StatementResponse of(String merchantNo, LocalDate date, List<StatementLine> captured,
                                List<StatementLine> settled, List<PayoutLine> payouts, List<ServiceFeeLine> fees,
                                List<PayoutDeductionLine> deductions) {
        List<Settled> settledLines = settled.stream().map(Settled::of).toList();
        return new StatementResponse(merchantNo, date,
                captured.stream().map(Captured::of).toList(),
                captured.stream().filter(l -> l.status() == CaptureStatus.DEPOSIT_COLLECTED)
                        .map(DepositCollected::of).toList(),
                settledLines,
                new Totals(settledLines.stream().mapToLong(Settled::amountFen).sum(),
                        settledLines.stream().mapToLong(Settled::mdrFeeFen).sum(),
                        settledLines.stream().mapToLong(Settled::surchargeFen).sum(),
                        settledLines.stream().mapToLong(Settled::netFen).sum()),
                payouts.stream().map(Payout::of).toList(),
                fees.stream().map(ServiceFee::of).toList(),
                deductions.stream().map(PayoutDeduction::of).toList());
    }

    record Captured(String transactionId, String serialNumber, TransactionType type, TransactionPurpose purpose,
                    PaymentChannel channel, long amountFen, Instant capturedAt, CaptureStatus status) {

        static Captured of(StatementLine line) {
            return new Captured(line.transactionId(), line.serialNumber(), line.type(), line.purpose(),
                    line.channel(), line.amountFen(), line.capturedAt(), line.status());
        }
    }

    record DepositCollected(String transactionId, String serialNumber, DeviceModel deviceModel, long depositFen,
                            Instant capturedAt) {

        static DepositCollected of(StatementLine line) {
            return new DepositCollected(line.transactionId(), line.serialNumber(), line.deviceModel(),
                    line.amountFen(), line.capturedAt());
        }
    }

    record Settled(String transactionId, String serialNumber, TransactionType type, PaymentChannel channel,
                   LocalDate businessDate, long amountFen, long mdrFeeFen, long surchargeFen, long netFen) {

        static Settled of(StatementLine line) {
            // The settled amount, signed: a REFUND settles negative (D2) while its capture's amount is positive.
            return new Settled(line.transactionId(), line.serialNumber(), line.type(), line.channel(),
                    line.businessDate(), line.mdrFeeFen() + line.surchargeFen() + line.netFen(), line.mdrFeeFen(),
                    line.surchargeFen(), line.netFen());
        }
    }

    record Totals(long amountFen, long mdrFeeFen, long surchargeFen, long netFen) {
    }

    record Payout(String payoutId, PayoutPurpose purpose, String serialNumber, long amountFen,
                  PayoutLine.Status status, int failedAttempts, Instant at) {

        static Payout of(PayoutLine line) {
            return new Payout(line.payoutId(), line.purpose(), line.serialNumber(), line.amountFen(), line.status(),
                    line.failedAttempts(), line.lastUpdateAt());
        }
    }

    record ServiceFee(String serialNumber, long feeFen, LocalDate periodStart, LocalDate periodEnd,
                      Instant chargedAt) {

        static ServiceFee of(ServiceFeeLine line) {
            return new ServiceFee(line.serialNumber(), line.feeFen(), line.periodStart(), line.periodEnd(),
                    line.chargedAt());
        }
    }

    record PayoutDeduction(String payoutId, int transactionCount, long netFen, long serviceFeesDeductedFen,
                           long payableFen, long carriedForwardFen) {

        static PayoutDeduction of(PayoutDeductionLine line) {
            return new PayoutDeduction(line.payoutId(), line.transactionCount(), line.netFen(), line.deductedFen(),
                    line.payableFen(), line.carriedForwardFen());
        }
    }
}
