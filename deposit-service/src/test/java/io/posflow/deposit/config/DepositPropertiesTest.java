package io.posflow.deposit.config;

import io.posflow.deposit.domain.deposit.DepositPolicy;
import io.posflow.deposit.domain.deposit.DeviceModel;
import io.posflow.deposit.domain.deposit.Qualifying;
import io.posflow.deposit.domain.deposit.RefundMode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepositPropertiesTest {

    private static final DepositProperties.Model ESIGN = new DepositProperties.Model(9_900, 60, 10_000_000,
            Qualifying.ALL_SALES, RefundMode.AUTOMATIC);
    private static final DepositProperties.Model SMART = new DepositProperties.Model(29_900, 90, 15_000_000,
            Qualifying.CREDIT_ONLY, RefundMode.ON_REQUEST);

    @Test
    void D1_D2_D3_eachDeviceModelHasItsOwnPolicy() {
        var policies = new DepositProperties(Map.of(DeviceModel.ESIGN, ESIGN, DeviceModel.SMART, SMART)).policies();
        assertThat(policies.of(DeviceModel.ESIGN))
                .isEqualTo(DepositPolicy.of(9_900, 60, 10_000_000, Qualifying.ALL_SALES, RefundMode.AUTOMATIC));
        assertThat(policies.of(DeviceModel.SMART))
                .isEqualTo(DepositPolicy.of(29_900, 90, 15_000_000, Qualifying.CREDIT_ONLY, RefundMode.ON_REQUEST));
    }

    @Test
    void D1_aDeviceModelWithoutAPolicyFailsStartUp() {
        assertThatThrownBy(() -> new DepositProperties(Map.of(DeviceModel.ESIGN, ESIGN)).policies())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("posflow.deposit.models.SMART is missing");
    }

    @Test
    void D1_D2_aPolicyWithoutAWindowTargetOrDepositFailsStartUp() {
        for (DepositProperties.Model broken : new DepositProperties.Model[]{
                new DepositProperties.Model(0, 60, 10_000_000, Qualifying.ALL_SALES, RefundMode.AUTOMATIC),
                new DepositProperties.Model(9_900, 0, 10_000_000, Qualifying.ALL_SALES, RefundMode.AUTOMATIC),
                new DepositProperties.Model(9_900, 60, 0, Qualifying.ALL_SALES, RefundMode.AUTOMATIC)}) {
            assertThatThrownBy(() -> new DepositProperties(Map.of(DeviceModel.ESIGN, broken,
                    DeviceModel.SMART, SMART)).policies())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("posflow.deposit.models.ESIGN.");
        }
    }
}
