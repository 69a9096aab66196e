package io.posflow.terminal.domain.terminal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SerialNumberTest {

    @Test
    void T1_aSerialWithLowercaseLettersIsRefused() {
        assertThatThrownBy(() -> SerialNumber.of("lkle100000000001"))
                .isInstanceOf(SerialNumberInvalidException.class);
    }

    @Test
    void T1_aSerialWithOtherCharactersIsRefused() {
        assertThatThrownBy(() -> SerialNumber.of("LKLE-10000000001"))
                .isInstanceOf(SerialNumberInvalidException.class);
    }

    @Test
    void T1_aSerialShorterThanTenCharactersIsRefused() {
        assertThatThrownBy(() -> SerialNumber.of("LKLE10000")).isInstanceOf(SerialNumberInvalidException.class);
    }

    @Test
    void T1_aSerialLongerThanTwentyCharactersIsRefused() {
        assertThatThrownBy(() -> SerialNumber.of("LKLE10000000000000001"))
                .isInstanceOf(SerialNumberInvalidException.class);
    }

    @Test
    void T1_serialsOfTenToTwentyCapitalsAndDigitsAreAccepted() {
        assertThat(SerialNumber.of("LKLE100000").value()).isEqualTo("LKLE100000");
        assertThat(SerialNumber.of("LKLE1000000000000001").value()).isEqualTo("LKLE1000000000000001");
    }

    @Test
    void T1_theRefusalNeverQuotesTheValue() {
        assertThatThrownBy(() -> SerialNumber.of("secret-value"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-value"));
    }
}
