package io.posflow.deposit.config;

import io.posflow.deposit.deposit.RefundMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepositPropertiesTest {

    @Test
    void D3_theRefundIsTriggeredAutomatically() {
        assertThat(new DepositProperties(60, 10_000_000, RefundMode.AUTOMATIC).refundMode())
                .isEqualTo(RefundMode.AUTOMATIC);
    }

    @Test
    void D3_refundOnRequestIsRefusedUntilItIsSupported() {
        assertThatThrownBy(() -> new DepositProperties(60, 10_000_000, RefundMode.ON_REQUEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refund-mode ON_REQUEST is not supported");
    }
}
