package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.terminal.domain.terminal.RefundPolicy.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static io.posflow.terminal.domain.terminal.TerminalFixtures.NOW;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.refundOf;
import static org.assertj.core.api.Assertions.assertThat;

/** T5: each rule of a REFUND on its own; every broken one answers REFUND_EXCEEDS_ORIGINAL. */
class RefundPolicyTest {

    private static final LocalDate LAST_WEEK = BusinessDay.SHANGHAI.dateOf(NOW).minusDays(7);
    private static final ApprovedSale SALE = new ApprovedSale(Money.ofFen(12_345), LAST_WEEK, TransactionPurpose.SALE,
            false, Money.ZERO);

    @Test
    void T5_aSettledSaleOfThisTerminalIsRefundedInPart() {
        assertThat(check(SALE, 5_000, true)).isEmpty();
    }

    @Test
    void T5_refundsOfASaleMayAddUpToExactlyItsAmount() {
        assertThat(check(SALE.withRefund(Money.ofFen(10_000)), 2_345, true)).isEmpty();
    }

    @Test
    void T5_refundsOfASaleBeyondItsAmountAreRefused() {
        assertThat(check(SALE.withRefund(Money.ofFen(10_000)), 2_346, true))
                .contains(rejected(Rule.WITHIN_WHAT_IS_LEFT));
    }

    @Test
    void T5_aTransactionThisTerminalNeverApprovedHasNothingToRefund() {
        assertThat(RefundPolicy.check(Optional.empty(), refundOf("refund-1", "sale-1", 100, true)))
                .contains(rejected(Rule.ORIGINAL_IS_THIS_TERMINALS));
    }

    @Test
    void T5_theDepositSwipeHasNothingToRefundBecauseItWasNeverPaidToTheMerchant() {
        ApprovedSale deposit = new ApprovedSale(Money.ofFen(9_900), LAST_WEEK, TransactionPurpose.DEPOSIT, false,
                Money.ZERO);
        assertThat(check(deposit, 9_900, true)).contains(rejected(Rule.ORIGINAL_IS_A_SALE));
    }

    @Test
    void T5_aVoidedSaleHasNothingToRefund() {
        assertThat(check(SALE.markedVoided(), 100, true)).contains(rejected(Rule.NOT_VOIDED));
    }

    @Test
    void T5_aSaleNotSettledYetHasNothingToRefund() {
        assertThat(check(SALE, 100, false)).contains(rejected(Rule.SETTLED));
    }

    private static Optional<Rejection> check(ApprovedSale original, long amountFen, boolean originalSettled) {
        return RefundPolicy.check(Optional.of(original), refundOf("refund-1", "sale-1", amountFen, originalSettled));
    }

    private static Rejection rejected(Rule rule) {
        return new Rejection(ReasonCode.REFUND_EXCEEDS_ORIGINAL, rule);
    }
}
