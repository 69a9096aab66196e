package io.posflow.onboarding.domain.checks;

import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.checks.BinTable.CardKind;
import io.posflow.onboarding.domain.checks.BinTable.CardType;
import io.posflow.onboarding.domain.checks.BinTable.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BankCardNumberTest {

    /** Luhn-valid numbers on the BINs of architecture §5's simulator. */
    private static final String DOMESTIC_DEBIT_19 = "6222021234567890128";
    private static final String DOMESTIC_DEBIT_OTHER_BIN = "6217000000000000004";
    private static final String DOMESTIC_CREDIT = "6258071234567896";
    /** The card networks' published test card numbers. */
    private static final String VISA_TEST_CARD = "4111111111111111";
    private static final String DISCOVER_TEST_CARD = "6011111111111117";

    @Test
    void K3_aCardNumberWithAWrongCheckDigitIsInvalid() {
        assertThat(BankCardNumber.parse("4111111111111112").codes()).containsExactly(ReasonCode.CARD_NUMBER_INVALID);
        assertThat(BankCardNumber.parse("6222021234567890129").codes()).containsExactly(ReasonCode.CARD_NUMBER_INVALID);
    }

    @Test
    void K3_aLuhnValidNumberOfElevenDigitsIsTooShortForACard() {
        assertThat(BankCardNumber.parse("79927398713").codes()).containsExactly(ReasonCode.CARD_NUMBER_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"622202000015", VISA_TEST_CARD, DOMESTIC_DEBIT_19})
    void K3_aCardNumberHasTwelveToNineteenDigits(String raw) {
        assertThat(BankCardNumber.parse(raw).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "62220212345678901284",   // 20 digits (Luhn-valid would not help)
            "4111 1111 1111 1111",    // spaces
            "4111-1111-1111-1111",
            "41111111111111A1",
            "４１１１１１１１１１１１１１１１"})  // full-width digits
    void K3_aCardNumberIsOnlyDigits(String raw) {
        assertThat(BankCardNumber.parse(raw).codes()).containsExactly(ReasonCode.CARD_NUMBER_INVALID);
    }

    @Test
    void K3_aMissingCardNumberIsInvalid() {
        assertThat(BankCardNumber.parse(null).codes()).containsExactly(ReasonCode.CARD_NUMBER_INVALID);
    }

    @Test
    void K3_theSimulatorsBinTableKnowsItsFourBins() {
        BinTable bins = BinTable.SIMULATION;

        assertThat(bins.lookup(card(DOMESTIC_DEBIT_19))).contains(new CardKind(CardType.DEBIT, Origin.DOMESTIC));
        assertThat(bins.lookup(card(DOMESTIC_DEBIT_OTHER_BIN))).contains(new CardKind(CardType.DEBIT, Origin.DOMESTIC));
        assertThat(bins.lookup(card(DOMESTIC_CREDIT))).contains(new CardKind(CardType.CREDIT, Origin.DOMESTIC));
        assertThat(bins.lookup(card(VISA_TEST_CARD))).contains(new CardKind(CardType.CREDIT, Origin.OVERSEAS));
    }

    @Test
    void K3_aBinTheTableDoesNotKnowIsReportedAsUnknown() {
        assertThat(BinTable.SIMULATION.lookup(card(DISCOVER_TEST_CARD))).isEmpty();
    }

    @Test
    void K3_theLongestMatchingBinDecides() {
        BinTable bins = new BinTable(Map.of(
                "6222", new CardKind(CardType.CREDIT, Origin.DOMESTIC),
                "622202", new CardKind(CardType.DEBIT, Origin.DOMESTIC)));

        assertThat(bins.lookup(card(DOMESTIC_DEBIT_19))).contains(new CardKind(CardType.DEBIT, Origin.DOMESTIC));
    }

    @Test
    void K3_aDomesticDebitCardIsAcceptedAsSettlementCard() {
        assertThat(BankCardNumber.parseDebitCard(DOMESTIC_DEBIT_19, BinTable.SIMULATION).isValid()).isTrue();
        assertThat(BankCardNumber.parseDebitCard(DOMESTIC_DEBIT_OTHER_BIN, BinTable.SIMULATION).isValid()).isTrue();
    }

    @Test
    void K3_aCreditCardIsNotADebitCard() {
        assertThat(BankCardNumber.parseDebitCard(DOMESTIC_CREDIT, BinTable.SIMULATION).codes())
                .containsExactly(ReasonCode.CARD_NOT_DEBIT);
        assertThat(BankCardNumber.parseDebitCard(VISA_TEST_CARD, BinTable.SIMULATION).codes())
                .containsExactly(ReasonCode.CARD_NOT_DEBIT);
    }

    @Test
    void K3_aCardOfAnUnknownBinIsNotKnownToBeADebitCard() {
        assertThat(BankCardNumber.parseDebitCard(DISCOVER_TEST_CARD, BinTable.SIMULATION).codes())
                .containsExactly(ReasonCode.CARD_NOT_DEBIT);
    }

    @Test
    void K3_aMalformedDebitCardNumberIsReportedAsInvalidNotAsNotDebit() {
        assertThat(BankCardNumber.parseDebitCard("6222021234567890129", BinTable.SIMULATION).codes())
                .containsExactly(ReasonCode.CARD_NUMBER_INVALID);
    }

    @Test
    void theCardNumberIsMaskedWhenPrintedBinAndLastFour() {
        BankCardNumber card = card(DOMESTIC_DEBIT_19);

        assertThat(card.toString()).isEqualTo("622202*********0128");
        assertThat(Optional.of(card).toString()).doesNotContain(DOMESTIC_DEBIT_19);
        assertThat(card.bin()).isEqualTo("622202");
        assertThat(card.lastFour()).isEqualTo("0128");
    }

    @Test
    void noProblemOrExceptionMessageRepeatsTheNumber() {
        String wrong = "6222021234567890129";

        assertThat(BankCardNumber.parse(wrong).problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain(wrong));
        assertThatIllegalArgumentException().isThrownBy(() -> new BankCardNumber(wrong))
                .withMessageNotContaining(wrong)
                .withMessageNotContaining("123456789");
    }

    private static BankCardNumber card(String raw) {
        return BankCardNumber.parse(raw).orElseThrow();
    }
}
