package io.posflow.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The capture body a device sends (architecture §5, T5). */
class PaymentTest {

    @Test
    void aCardSaleCarriesItsCardAndNoWallet() {
        assertThat(Payment.card("DEBIT", "6222021234567890123", "张伟").body("t1", "SALE", 1_234, null))
                .containsEntry("transactionId", "t1").containsEntry("type", "SALE").containsEntry("channel", "CARD")
                .containsEntry("cardType", "DEBIT").containsEntry("pan", "6222021234567890123")
                .containsEntry("cardholderName", "张伟").containsEntry("amountFen", 1_234L)
                .containsKey("deviceTime").doesNotContainKeys("wallet", "originalTransactionId");
    }

    @Test
    void aQrPaymentCarriesNoCardFieldsAndUnionPayItsFundingCardType() {
        assertThat(Payment.qr("WECHAT", null).body("t1", "SALE", 1, null))
                .containsEntry("channel", "QR").containsEntry("wallet", "WECHAT")
                .doesNotContainKeys("pan", "cardholderName", "cardType");
        assertThat(Payment.qr("UNIONPAY", "CREDIT").body("t1", "SALE", 1, null)).containsEntry("cardType", "CREDIT");
    }

    @Test
    void aVoidOrARefundNamesItsSale() {
        assertThat(Payment.qr("ALIPAY", null).body("t2", "REFUND", 500, "t1"))
                .containsEntry("type", "REFUND").containsEntry("originalTransactionId", "t1");
    }
}
