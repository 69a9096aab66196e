package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import org.junit.jupiter.api.Test;

import static io.posflow.terminal.domain.terminal.TerminalFixtures.MERCHANT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.NOW;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.SERIAL;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.creditCard;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.saleCaptured;
import static org.assertj.core.api.Assertions.assertThat;

/** T5: what VOID and REFUND can name, as the terminal's events build it. */
class ApprovedSalesTest {

    private static final TransactionId SALE = TransactionId.of("sale-1");

    @Test
    void T5_anApprovedSaleIsKnownWithItsAmountAndBusinessDate() {
        ApprovedSales sales = new ApprovedSales();
        sales.captured(saleCaptured("sale-1", 12_345, NOW));

        assertThat(sales.find(SALE)).contains(new ApprovedSale(Money.ofFen(12_345), BusinessDay.SHANGHAI.dateOf(NOW),
                TransactionPurpose.SALE, false, Money.ZERO));
        assertThat(sales.find(TransactionId.of("sale-2"))).isEmpty();
    }

    @Test
    void T5_aVoidMarksItsSaleVoided() {
        ApprovedSales sales = new ApprovedSales();
        sales.captured(saleCaptured("sale-1", 12_345, NOW));
        sales.voided(new SaleVoided(TransactionId.of("void-1"), SALE, SERIAL, MERCHANT, creditCard(),
                Money.ofFen(12_345), NOW, NOW, BusinessDay.SHANGHAI.dateOf(NOW)));

        assertThat(sales.find(SALE)).hasValueSatisfying(sale -> assertThat(sale.voided()).isTrue());
    }

    @Test
    void T5_refundsOfASaleAddUp() {
        ApprovedSales sales = new ApprovedSales();
        sales.captured(saleCaptured("sale-1", 12_345, NOW));
        sales.refunded(refund("refund-1", 5_000));
        sales.refunded(refund("refund-2", 2_000));

        assertThat(sales.find(SALE)).hasValueSatisfying(sale -> assertThat(sale.refunded()).isEqualTo(
                Money.ofFen(7_000)));
    }

    @Test
    void T5_aRefundOfAnUnknownSaleAddsNothing() {
        ApprovedSales sales = new ApprovedSales();
        sales.refunded(refund("refund-1", 5_000));

        assertThat(sales.find(SALE)).isEmpty();
    }

    private static RefundCaptured refund(String transactionId, long amountFen) {
        return new RefundCaptured(TransactionId.of(transactionId), SALE, SERIAL, MERCHANT, creditCard(),
                Money.ofFen(amountFen), ApplicantType.PERSONAL, SettlementSpeed.T1, NOW, NOW,
                BusinessDay.SHANGHAI.dateOf(NOW));
    }
}
