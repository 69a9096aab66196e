package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.terminal.domain.terminal.VoidPolicy.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static io.posflow.terminal.domain.terminal.TerminalFixtures.NOW;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.voidOf;
import static org.assertj.core.api.Assertions.assertThat;

/** T5: each rule of a VOID on its own; every broken one answers VOID_NOT_ALLOWED. */
class VoidPolicyTest {

    /** The business date of {@link TerminalFixtures#voidOf}'s VOIDs. */
    private static final LocalDate TODAY = BusinessDay.SHANGHAI.dateOf(NOW);
    private static final ApprovedSale SALE_TODAY = new ApprovedSale(Money.ofFen(12_345), TODAY,
            TransactionPurpose.SALE, false, Money.ZERO);

    @Test
    void T5_aSaleOfThisTerminalVoidedWholeOnItsBusinessDateBeforeSettlementIsAllowed() {
        assertThat(check(SALE_TODAY, SettlementSpeed.T1, 12_345, false)).isEmpty();
    }

    @Test
    void T5_aTransactionThisTerminalNeverApprovedIsNotVoided() {
        assertThat(VoidPolicy.check(Optional.empty(), SettlementSpeed.T1, voidOf("void-1", "sale-1", 12_345, false)))
                .contains(new Rejection(ReasonCode.VOID_NOT_ALLOWED, Rule.ORIGINAL_IS_THIS_TERMINALS));
    }

    @Test
    void T5_aT0MerchantDoesNotVoidBecauseItsSaleSettledAtCapture() {
        assertThat(check(SALE_TODAY, SettlementSpeed.T0, 12_345, false)).contains(rejected(Rule.MERCHANT_IS_NOT_T0));
    }

    @Test
    void T5_theDepositSwipeIsNotVoided() {
        ApprovedSale deposit = new ApprovedSale(Money.ofFen(12_345), TODAY, TransactionPurpose.DEPOSIT, false,
                Money.ZERO);
        assertThat(check(deposit, SettlementSpeed.T1, 12_345, false)).contains(rejected(Rule.ORIGINAL_IS_A_SALE));
    }

    @Test
    void T5_aSaleIsVoidedOnlyOnce() {
        assertThat(check(SALE_TODAY.markedVoided(), SettlementSpeed.T1, 12_345, false))
                .contains(rejected(Rule.NOT_VOIDED_YET));
    }

    @Test
    void T5_aSaleRefundedEvenInPartIsNotVoided() {
        assertThat(check(SALE_TODAY.withRefund(Money.ofFen(1)), SettlementSpeed.T1, 12_345, false))
                .contains(rejected(Rule.NOT_REFUNDED));
    }

    @Test
    void T5_aSaleSettlementHasSettledIsNotVoided() {
        assertThat(check(SALE_TODAY, SettlementSpeed.T1, 12_345, true)).contains(rejected(Rule.NOT_SETTLED_YET));
    }

    @Test
    void T5_aSaleOfAnotherBusinessDateIsNotVoided() {
        ApprovedSale yesterday = new ApprovedSale(Money.ofFen(12_345), TODAY.minusDays(1), TransactionPurpose.SALE,
                false, Money.ZERO);
        assertThat(check(yesterday, SettlementSpeed.T1, 12_345, false))
                .contains(rejected(Rule.ON_THE_SALES_BUSINESS_DATE));
    }

    @Test
    void T5_aVoidOfPartOfTheSaleIsNotAllowed() {
        assertThat(check(SALE_TODAY, SettlementSpeed.T1, 12_000, false)).contains(rejected(Rule.FOR_THE_WHOLE_AMOUNT));
    }

    @Test
    void T5_theFirstBrokenRuleIsTheOneReported() {
        ApprovedSale voidedDeposit = new ApprovedSale(Money.ofFen(9_900), TODAY.minusDays(1),
                TransactionPurpose.DEPOSIT, true, Money.ZERO);
        assertThat(check(voidedDeposit, SettlementSpeed.T1, 1, true)).contains(rejected(Rule.ORIGINAL_IS_A_SALE));
    }

    private static Optional<Rejection> check(ApprovedSale original, SettlementSpeed speed, long amountFen,
                                             boolean originalSettled) {
        return VoidPolicy.check(Optional.of(original), speed, voidOf("void-1", "sale-1", amountFen, originalSettled));
    }

    private static Rejection rejected(Rule rule) {
        return new Rejection(ReasonCode.VOID_NOT_ALLOWED, rule);
    }
}
