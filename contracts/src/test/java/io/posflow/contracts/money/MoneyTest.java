package io.posflow.contracts.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void aYuanIsOneHundredFen() {
        assertThat(Money.ofYuan(100_000)).isEqualTo(Money.ofFen(10_000_000));
    }

    @Test
    void anAmountMayBeNegativeForARefundSettlesNegative() {
        Money refund = Money.ofFen(-12_345);

        assertThat(refund.isNegative()).isTrue();
        assertThat(refund.isPositive()).isFalse();
        assertThat(refund.abs()).isEqualTo(Money.ofFen(12_345));
        assertThat(refund.negate()).isEqualTo(Money.ofFen(12_345));
    }

    @Test
    void zeroIsNeitherPositiveNorNegative() {
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.ZERO.isNegative()).isFalse();
    }

    @Test
    void arithmeticIsExactInFen() {
        assertThat(Money.ofFen(10_050).plus(Money.ofFen(-50))).isEqualTo(Money.ofFen(10_000));
        assertThat(Money.ofFen(100).minus(Money.ofFen(250))).isEqualTo(Money.ofFen(-150));
    }

    @Test
    void anOverflowThrowsInsteadOfWrapping() {
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofYuan(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void whatIsStillNeededNeverGoesBelowNothing() {
        assertThat(Money.ofFen(-1).atLeastZero()).isEqualTo(Money.ZERO);
        assertThat(Money.ofFen(1).atLeastZero()).isEqualTo(Money.ofFen(1));
    }

    @Test
    void amountsCompareByFen() {
        assertThat(Money.ofFen(100).isAtLeast(Money.ofFen(100))).isTrue();
        assertThat(Money.ofFen(100).isGreaterThan(Money.ofFen(100))).isFalse();
        assertThat(Money.ofFen(101).isGreaterThan(Money.ofFen(100))).isTrue();
        assertThat(Money.ofFen(-5)).isLessThan(Money.ZERO);
    }

    @Test
    void aMerchantReadsYuanWithTwoDecimals() {
        assertThat(Money.ofFen(9_900).toYuan()).isEqualTo("99.00");
        assertThat(Money.ofFen(5).toYuan()).isEqualTo("0.05");
        assertThat(Money.ofFen(-12_345).toYuan()).isEqualTo("-123.45");
    }

    @Test
    void logsShowFen() {
        assertThat(Money.ofFen(12_300)).hasToString("12300 fen");
    }
}
