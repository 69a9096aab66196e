package io.posflow.settlement.domain.ledger;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.settlement.domain.payable.ServiceFeeCharged;
import io.posflow.settlement.domain.payout.PayoutCompleted;
import io.posflow.settlement.domain.transaction.DepositCollected;
import io.posflow.settlement.domain.transaction.TransactionSettled;

import java.time.LocalDate;
import java.util.List;

import static io.posflow.settlement.domain.ledger.LedgerAccount.CLEARING;
import static io.posflow.settlement.domain.ledger.LedgerAccount.DEPOSIT_LIABILITY;
import static io.posflow.settlement.domain.ledger.LedgerAccount.FEE_REVENUE;
import static io.posflow.settlement.domain.ledger.LedgerAccount.MERCHANT_PAYABLE;
import static io.posflow.settlement.domain.ledger.LedgerAccount.SERVICE_FEE_REVENUE;

/**
 * How each business fact posts to the ledger (S9). Pure: the same fact always gives the same entry.
 * <ul>
 *   <li>Settled transaction: clearing debited with the amount (the switch owes it), merchant payable credited
 *       with the net, fee revenue credited with MDR + surcharge. A REFUND settles negative, which turns every
 *       side round. Balances because S1 fixes net + fees = amount.</li>
 *   <li>Deposit swipe: clearing debited, deposit liability credited — never the merchant payable (S5).</li>
 *   <li>Data-card fee charged: the merchant payable debited, service-fee revenue credited (S4).</li>
 *   <li>Payout completed: the merchant payable (settlement) or the deposit liability (refund) is debited,
 *       clearing credited: the money left for the merchant's bank.</li>
 * </ul>
 */
public final class LedgerRules {

    private LedgerRules() {
    }

    public static JournalEntry settled(String entryId, TransactionSettled settled) {
        Money fees = settled.mdrFee().plus(settled.surcharge());
        EntryKind kind = settled.amount().isNegative() ? EntryKind.REFUND_SETTLED : EntryKind.SALE_SETTLED;
        return new JournalEntry(entryId, kind, settled.merchantNo().value(), settled.settlementDate(), List.of(
                signed(CLEARING, settled.amount()),
                signed(MERCHANT_PAYABLE, settled.net().negate()),
                signed(FEE_REVENUE, fees.negate())));
    }

    public static JournalEntry depositCollected(String entryId, DepositCollected collected) {
        return new JournalEntry(entryId, EntryKind.DEPOSIT_COLLECTED, collected.merchantNo().value(),
                collected.businessDate(), List.of(
                        Posting.debit(CLEARING, collected.deposit()),
                        Posting.credit(DEPOSIT_LIABILITY, collected.deposit())));
    }

    public static JournalEntry payoutCompleted(String entryId, PayoutCompleted paid, BusinessDay businessDay) {
        boolean refund = paid.purpose() == PayoutPurpose.DEPOSIT_REFUND;
        LocalDate date = paid.settlementDate() != null ? paid.settlementDate() : businessDay.dateOf(paid.completedAt());
        return new JournalEntry(entryId, refund ? EntryKind.DEPOSIT_REFUNDED : EntryKind.SETTLEMENT_PAID,
                paid.merchantNo().value(), date, List.of(
                        Posting.debit(refund ? DEPOSIT_LIABILITY : MERCHANT_PAYABLE, paid.amount()),
                        Posting.credit(CLEARING, paid.amount())));
    }

    /** S4: the data-card fee is owed by the merchant, so it comes off what it is owed, as service-fee revenue. */
    public static JournalEntry serviceFeeCharged(String entryId, ServiceFeeCharged charged, BusinessDay businessDay) {
        return new JournalEntry(entryId, EntryKind.SERVICE_FEE_CHARGED, charged.merchantNo().value(),
                businessDay.dateOf(charged.chargedAt()), List.of(
                        Posting.debit(MERCHANT_PAYABLE, charged.fee()),
                        Posting.credit(SERVICE_FEE_REVENUE, charged.fee())));
    }

    /** A debit for a positive amount, a credit for a negative one. */
    private static Posting signed(LedgerAccount account, Money debit) {
        return debit.isNegative() ? Posting.credit(account, debit.abs()) : Posting.debit(account, debit);
    }
}
