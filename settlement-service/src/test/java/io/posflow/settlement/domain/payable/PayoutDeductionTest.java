package io.posflow.settlement.domain.payable;

import io.posflow.contracts.money.Money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayoutDeductionTest {

    @Test
    void S4_feesOwedAreDeductedFromTheNextPayoutInFull() {
        assertThat(PayoutDeduction.of(Money.ofFen(100_000), Money.ofFen(4_800)))
                .isEqualTo(new PayoutDeduction(Money.ofFen(4_800), Money.ofFen(95_200), Money.ZERO));
    }

    @Test
    void S4_feesAboveTheNetTakeTheWholeNetAndTheRestIsCarriedForward() {
        assertThat(PayoutDeduction.of(Money.ofFen(3_000), Money.ofFen(4_800)))
                .isEqualTo(new PayoutDeduction(Money.ofFen(3_000), Money.ZERO, Money.ofFen(1_800)));
    }

    @Test
    void S4_feesEqualToTheNetLeaveNothingToPayAndNothingOwed() {
        assertThat(PayoutDeduction.of(Money.ofFen(4_800), Money.ofFen(4_800)))
                .isEqualTo(new PayoutDeduction(Money.ofFen(4_800), Money.ZERO, Money.ZERO));
    }

    @Test
    void S6_withoutFeesOwedTheWholeNetIsPaid() {
        assertThat(PayoutDeduction.of(Money.ofFen(994_000), Money.ZERO))
                .isEqualTo(new PayoutDeduction(Money.ZERO, Money.ofFen(994_000), Money.ZERO));
    }

    @Test
    void S6_aNegativeNetPaysNothingDeductsNothingAndIsCarriedWithTheFees() {
        assertThat(PayoutDeduction.of(Money.ofFen(-2_000), Money.ofFen(4_800)))
                .isEqualTo(new PayoutDeduction(Money.ZERO, Money.ZERO, Money.ofFen(6_800)));
    }

    @Test
    void S4_aMerchantNeverOwesANegativeAmount() {
        assertThatThrownBy(() -> PayoutDeduction.of(Money.ofFen(100), Money.ofFen(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
