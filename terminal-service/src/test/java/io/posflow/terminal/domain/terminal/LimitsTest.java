package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void T4_aLimitThatIsNotPositiveIsRefused(long fen) {
        assertThatThrownBy(() -> new Limits(Money.ofFen(fen), Money.ofFen(50_000_000)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(Money.ofFen(5_000_000), Money.ofFen(fen)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
