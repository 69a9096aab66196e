package io.posflow.contracts.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LuhnTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "79927398713",          // the algorithm's textbook example
            "4111111111111111",     // the card networks' published test cards
            "5555555555554444",
            "378282246310005",
            "6222021234567890128",  // a 19-digit debit card of the simulator's BIN 622202
            "18"})
    void aNumberEndingWithItsCheckDigitIsValid(String digits) {
        assertThat(Luhn.isValid(digits)).isTrue();
    }

    @Test
    void everyOtherCheckDigitIsRefused() {
        for (char d = '0'; d <= '9'; d++) {
            assertThat(Luhn.isValid("7992739871" + d)).as("check digit %s", d).isEqualTo(d == '3');
        }
    }

    @Test
    void aTranspositionOfNeighbouringDigitsIsCaught() {
        assertThat(Luhn.isValid("79927389713")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "4111 1111 1111 1111", "411111111111111a", "４１１１１１１１１１１１１１１１", "-18"})
    void onlyTwoOrMoreAsciiDigitsCanBeValid(String notDigits) {
        assertThat(Luhn.isValid(notDigits)).isFalse();
    }
}
