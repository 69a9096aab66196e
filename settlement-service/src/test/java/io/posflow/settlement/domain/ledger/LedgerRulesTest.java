package io.posflow.settlement.domain.ledger;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.payable.MerchantPayableId;
import io.posflow.settlement.domain.payable.ServiceFeeCharged;
import io.posflow.settlement.domain.payout.PayoutCompleted;
import io.posflow.settlement.domain.payout.PayoutId;
import io.posflow.settlement.domain.transaction.DepositCollected;
import io.posflow.settlement.domain.transaction.SerialNumber;
import io.posflow.settlement.domain.transaction.TransactionId;
import io.posflow.settlement.domain.transaction.TransactionSettled;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.posflow.settlement.domain.ledger.LedgerAccount.CLEARING;
import static io.posflow.settlement.domain.ledger.LedgerAccount.DEPOSIT_LIABILITY;
import static io.posflow.settlement.domain.ledger.LedgerAccount.FEE_REVENUE;
import static io.posflow.settlement.domain.ledger.LedgerAccount.MERCHANT_PAYABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerRulesTest {

    private static final MerchantNo MERCHANT = new MerchantNo("822100000000001");
    private static final SerialNumber SERIAL = new SerialNumber("LKLE100000000001");
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    private static final LocalDate RUN = LocalDate.parse("2026-11-24");
    private static final Instant AT = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void S9_aSettledSaleDebitsClearingWithTheAmountAndCreditsTheMerchantWithTheNetAndRevenueWithTheFees() {
        JournalEntry entry = LedgerRules.settled("e-1", settled(1_000_000, 6_000, 500, 993_500));

        assertThat(entry.kind()).isEqualTo(EntryKind.SALE_SETTLED);
        assertThat(entry.accountingDate()).isEqualTo(RUN);
        assertThat(entry.postings()).containsExactly(
                Posting.debit(CLEARING, Money.ofFen(1_000_000)),
                Posting.credit(MERCHANT_PAYABLE, Money.ofFen(993_500)),
                Posting.credit(FEE_REVENUE, Money.ofFen(6_500)));
        assertThat(entry.debits()).isEqualTo(entry.credits());
    }

    @Test
    void S9_aSettledRefundPostsTheMirrorOfASale() {
        JournalEntry entry = LedgerRules.settled("e-2", settled(-10_000, -60, 0, -9_940));

        assertThat(entry.kind()).isEqualTo(EntryKind.REFUND_SETTLED);
        assertThat(entry.postings()).containsExactly(
                Posting.credit(CLEARING, Money.ofFen(10_000)),
                Posting.debit(MERCHANT_PAYABLE, Money.ofFen(9_940)),
                Posting.debit(FEE_REVENUE, Money.ofFen(60)));
    }

    @Test
    void S9_aZeroFeePostsNothingForRevenue() {
        JournalEntry entry = LedgerRules.settled("e-3", settled(100, 0, 0, 100));

        assertThat(entry.postings()).extracting(Posting::account).containsExactly(CLEARING, MERCHANT_PAYABLE);
    }

    @Test
    void S5_S9_theDepositSwipeIsADepositLiabilityNeverAMerchantPayable() {
        JournalEntry entry = LedgerRules.depositCollected("e-4", new DepositCollected(new TransactionId("tx-d"),
                SERIAL, MERCHANT, DeviceModel.ESIGN, PaymentChannel.CARD, Money.ofFen(9_900), AT, DAY));

        assertThat(entry.postings()).containsExactly(
                Posting.debit(CLEARING, Money.ofFen(9_900)),
                Posting.credit(DEPOSIT_LIABILITY, Money.ofFen(9_900)));
        assertThat(entry.accountingDate()).isEqualTo(DAY);
    }

    @Test
    void S9_aSettlementPayoutClearsTheMerchantPayableAndADepositRefundTheDepositLiability() {
        JournalEntry settlement = LedgerRules.payoutCompleted("e-5", paid(PayoutPurpose.SETTLEMENT, 993_500), BusinessDay.SHANGHAI);
        JournalEntry refund = LedgerRules.payoutCompleted("e-6", paid(PayoutPurpose.DEPOSIT_REFUND, 9_900), BusinessDay.SHANGHAI);

        assertThat(settlement.kind()).isEqualTo(EntryKind.SETTLEMENT_PAID);
        assertThat(settlement.postings()).containsExactly(
                Posting.debit(MERCHANT_PAYABLE, Money.ofFen(993_500)), Posting.credit(CLEARING, Money.ofFen(993_500)));
        assertThat(refund.kind()).isEqualTo(EntryKind.DEPOSIT_REFUNDED);
        assertThat(refund.postings()).containsExactly(
                Posting.debit(DEPOSIT_LIABILITY, Money.ofFen(9_900)), Posting.credit(CLEARING, Money.ofFen(9_900)));
    }

    @Test
    void S4_S9_aDataCardFeeComesOffTheMerchantPayableAsServiceFeeRevenue() {
        JournalEntry entry = LedgerRules.serviceFeeCharged("e-9", new ServiceFeeCharged(
                MerchantPayableId.of(MERCHANT), MERCHANT, SERIAL, Money.ofFen(4_800), DAY, DAY.plusYears(1).minusDays(1),
                AT), BusinessDay.SHANGHAI);

        assertThat(entry.kind()).isEqualTo(EntryKind.SERVICE_FEE_CHARGED);
        assertThat(entry.accountingDate()).isEqualTo(DAY);
        assertThat(entry.postings()).containsExactly(
                Posting.debit(MERCHANT_PAYABLE, Money.ofFen(4_800)),
                Posting.credit(LedgerAccount.SERVICE_FEE_REVENUE, Money.ofFen(4_800)));
    }

    @Test
    void S9_anEntryWhoseDebitsAndCreditsDifferCannotExist() {
        assertThatThrownBy(() -> new JournalEntry("e-7", EntryKind.SALE_SETTLED, MERCHANT.value(), DAY, List.of(
                Posting.debit(CLEARING, Money.ofFen(100)), Posting.credit(MERCHANT_PAYABLE, Money.ofFen(99)))))
                .isInstanceOf(UnbalancedEntryException.class).hasMessageContaining("1 fen");
    }

    @Test
    void S9_aSettlementWhoseNetAndFeesDoNotAddUpToTheAmountIsRefusedByTheLedger() {
        assertThatThrownBy(() -> LedgerRules.settled("e-8", settled(1_000, 6, 0, 995)))
                .isInstanceOf(UnbalancedEntryException.class);
    }

    @Test
    void S9_aPostingIsNeverNegative() {
        assertThatThrownBy(() -> Posting.debit(CLEARING, Money.ofFen(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static TransactionSettled settled(long amount, long mdr, long surcharge, long net) {
        return new TransactionSettled(new TransactionId("tx-1"), SERIAL, MERCHANT,
                amount < 0 ? TransactionType.REFUND : TransactionType.SALE, PaymentChannel.CARD, CardType.CREDIT,
                null, Money.ofFen(amount), Money.ofFen(mdr), Money.ofFen(surcharge), Money.ofFen(net), AT, DAY, RUN,
                SettlementSpeed.T1, null, AT);
    }

    private static PayoutCompleted paid(PayoutPurpose purpose, long fen) {
        return new PayoutCompleted(new PayoutId(purpose + ":" + MERCHANT.value()), MERCHANT, purpose,
                purpose == PayoutPurpose.DEPOSIT_REFUND ? SERIAL : null, Money.ofFen(fen), RUN, AT);
    }
}
