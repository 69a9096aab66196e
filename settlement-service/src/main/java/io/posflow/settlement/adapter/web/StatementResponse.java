package io.posflow.settlement.adapter.web;

import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.domain.ledger.EntryKind;
import io.posflow.settlement.domain.ledger.LedgerAccount;
import io.posflow.settlement.domain.ledger.Posting;
import io.posflow.settlement.readmodel.view.LedgerLine;
import io.posflow.settlement.readmodel.view.PayoutDeductionLine;
import io.posflow.settlement.readmodel.view.PayoutLine;
import io.posflow.settlement.readmodel.view.ServiceFeeLine;
import io.posflow.settlement.readmodel.view.StatementLine;
import io.posflow.settlement.domain.transaction.CaptureStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
                         List<PayoutDeduction> payoutDeductions, List<Held> held,
                         CaptureReconciliation reconciliation, Ledger ledger) {

    static StatementResponse of(String merchantNo, LocalDate date, List<StatementLine> captured,
                                List<StatementLine> settled, List<PayoutLine> payouts, List<ServiceFeeLine> fees,
                                List<PayoutDeductionLine> deductions, Set<String> clearingHeld,
                                List<LedgerLine> ledgerLines) {
        List<Settled> settledLines = settled.stream().map(Settled::of).toList();
        Totals settledTotals = new Totals(settledLines.stream().mapToLong(Settled::amountFen).sum(),
                settledLines.stream().mapToLong(Settled::mdrFeeFen).sum(),
                settledLines.stream().mapToLong(Settled::surchargeFen).sum(),
                settledLines.stream().mapToLong(Settled::netFen).sum());
        return new StatementResponse(merchantNo, date,
                captured.stream().map(Captured::of).toList(),
                captured.stream().filter(l -> l.status() == CaptureStatus.DEPOSIT_COLLECTED)
                        .map(DepositCollected::of).toList(),
                settledLines,
                settledTotals,
                payouts.stream().map(Payout::of).toList(),
                fees.stream().map(ServiceFee::of).toList(),
                deductions.stream().map(PayoutDeduction::of).toList(),
                captured.stream().filter(l -> l.status() == CaptureStatus.HELD_FOR_REVIEW
                                || clearingHeld.contains(l.transactionId()))
                        .map(l -> Held.of(l, l.status() == CaptureStatus.HELD_FOR_REVIEW ? "CASH_OUT_RISK"
                                : "CLEARING_DISCREPANCY")).toList(),
                CaptureReconciliation.of(captured, clearingHeld),
                Ledger.of(ledgerLines, settledTotals));
    }

    /** A transaction captured that date whose settlement is held: S7 self-swipe review, or S8 clearing discrepancy. */
    record Held(String transactionId, String serialNumber, TransactionType type, long amountFen, String reason) {

        static Held of(StatementLine line, String reason) {
            return new Held(line.transactionId(), line.serialNumber(), line.type(), signed(line), reason);
        }
    }

    /**
     * S9, the date's captures (the deposit swipe aside, S5): every one captured and neither voided (T5) nor
     * rejected by ops (S7) is settled, held (S7, S8) or pending — {@code capturedFen = settledFen + heldFen +
     * pendingFen}, refunds negative. A status outside these leaves it unbalanced.
     */
    record CaptureReconciliation(long capturedFen, long settledFen, long heldFen, long pendingFen, long voidedFen,
                                 long rejectedFen, boolean balanced) {

        static CaptureReconciliation of(List<StatementLine> captured, Set<String> clearingHeld) {
            long all = 0;
            long settled = 0;
            long held = 0;
            long pending = 0;
            long voided = 0;
            long rejected = 0;
            for (StatementLine line : captured) {
                long fen = signed(line);
                switch (line.status()) {
                    case DEPOSIT_COLLECTED -> {
                        continue;
                    }
                    case VOIDED -> {
                        voided += fen;
                        continue;
                    }
                    case REJECTED -> {
                        rejected += fen;
                        continue;
                    }
                    case SETTLED -> settled += fen;
                    case HELD_FOR_REVIEW -> held += fen;
                    case PENDING_SETTLEMENT -> {
                        if (clearingHeld.contains(line.transactionId())) {
                            held += fen;
                        } else {
                            pending += fen;
                        }
                    }
                }
                all += fen;
            }
            return new CaptureReconciliation(all, settled, held, pending, voided, rejected,
                    all == settled + held + pending);
        }
    }

    /**
     * S9, the merchant's postings of that date: debits and credits per account, whether they balance, and whether
     * the settlement postings agree with {@code settledTotals} (clearing = amount, fee revenue = MDR + surcharge,
     * merchant payable = net) — two read models fed separately, so a disagreement shows a lost or doubled fact.
     */
    record Ledger(List<Account> accounts, long debitFen, long creditFen, boolean balanced,
                  boolean agreesWithSettled) {

        record Account(LedgerAccount account, long debitFen, long creditFen) {
        }

        static Ledger of(List<LedgerLine> lines, Totals settled) {
            Map<LedgerAccount, long[]> byAccount = new EnumMap<>(LedgerAccount.class);
            long[] settledSide = new long[3]; // clearing, fee revenue, merchant payable — net of debits
            long debits = 0;
            long credits = 0;
            for (LedgerLine line : lines) {
                long debit = line.side() == Posting.Side.DEBIT ? line.amountFen() : 0;
                long credit = line.side() == Posting.Side.CREDIT ? line.amountFen() : 0;
                long[] sums = byAccount.computeIfAbsent(line.account(), a -> new long[2]);
                sums[0] += debit;
                sums[1] += credit;
                debits += debit;
                credits += credit;
                if (line.kind() == EntryKind.SALE_SETTLED || line.kind() == EntryKind.REFUND_SETTLED) {
                    switch (line.account()) {
                        case CLEARING -> settledSide[0] += debit - credit;
                        case FEE_REVENUE -> settledSide[1] += credit - debit;
                        case MERCHANT_PAYABLE -> settledSide[2] += credit - debit;
                        default -> {
                        }
                    }
                }
            }
            boolean agrees = settledSide[0] == settled.amountFen()
                    && settledSide[1] == settled.mdrFeeFen() + settled.surchargeFen()
                    && settledSide[2] == settled.netFen();
            return new Ledger(byAccount.entrySet().stream()
                    .map(e -> new Account(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                    debits, credits, debits == credits, agrees);
        }
    }

    /** A capture's amount with the sign of money owed: a REFUND's is negative (its capture's amount is not). */
    private static long signed(StatementLine line) {
        return line.type() == TransactionType.REFUND ? -line.amountFen() : line.amountFen();
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
