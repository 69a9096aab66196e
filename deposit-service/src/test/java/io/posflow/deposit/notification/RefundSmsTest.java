package io.posflow.deposit.notification;

import io.posflow.deposit.deposit.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefundSmsTest {

    @Test
    void D3_theSmsNamesTheRefundInYuanWithTwoDecimals() {
        assertThat(RefundSms.text(Money.ofFen(9_900))).isEqualTo("【posflow】您的终端押金99.00元已退还至结算账户。");
        assertThat(RefundSms.text(Money.ofFen(29_900))).contains("299.00元");
        assertThat(RefundSms.text(Money.ofFen(29_905))).contains("299.05元");
    }
}
