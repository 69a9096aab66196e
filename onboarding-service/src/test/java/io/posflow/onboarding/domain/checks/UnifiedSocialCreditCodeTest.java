package io.posflow.onboarding.domain.checks;

import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.checks.UnifiedSocialCreditCode.RegistrationAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnifiedSocialCreditCodeTest {

    /**
     * The worked example of GB 32100-2015's check-character calculation: for 91350100M000100Y4Z the
     * weighted sum is 1640, 1640 mod 31 = 28, so the check character is 31 - 28 = 3, not Z.
     */
    private static final String GB32100_EXAMPLE = "91350100M000100Y43";

    @Test
    void K6_theStandardsWorkedExampleIsValid() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(GB32100_EXAMPLE).orElseThrow();

        assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.MARKET_REGULATION);
        assertThat(code.category()).isEqualTo('1');
        assertThat(code.areaCode()).isEqualTo("350100");
        assertThat(code.organisationCode()).isEqualTo("M000100Y4");
    }

    @Test
    void K6_theStandardsWorkedExampleWithItsWrongCheckCharacterIsInvalid() {
        // Z is not even in the code's alphabet.
        assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y4Z").codes()).containsExactly(ReasonCode.USCC_INVALID);
    }

    @Test
    void K6_aCodeWithAWrongCheckCharacterFromTheAlphabetIsInvalid() {
        assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y44").problems()).extracting(Reason::message)
                .containsExactly("The code's check character does not match.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91440300708461136T",   // an enterprise licence from the public register
            "914403001922038216",   // another, with a digit as check character
            "92330106MA1B2C3D80",   // 个体工商户; weighted sum divisible by 31: check character 0
            "91330106MA000004X1",   // organisation code check character X
            "Y1110000MA1G4L1W0D",   // authority Y (other)
            "52110000MA01C7R557"})  // authority 5 (civil affairs)
    void K6_codesWithBothCheckCharactersRightAreValid(String raw) {
        assertThat(UnifiedSocialCreditCode.parse(raw).isValid()).isTrue();
    }

    @Test
    void K6_aCodeWhoseOrganisationCodeHasAWrongCheckCharacterIsInvalid() {
        // Organisation code M000100Y wants 4; with 5 the final check character is recomputed (M) so only
        // the organisation code is wrong.
        assertThat(UnifiedSocialCreditCode.parse(withFinalCheck("91350100M000100Y5")).problems())
                .extracting(Reason::message)
                .containsExactly("The organisation code in the credit code has a wrong check character.");
    }

    @Test
    void K6_theFirstCharacterMustBeARegistrationAuthority() {
        assertThat(UnifiedSocialCreditCode.parse(withFinalCheck("B1350100M000100Y4")).problems())
                .extracting(Reason::message)
                .containsExactly("The code's first character is no registration authority.");
    }

    @Test
    void K6_theRegisteringAuthoritysAreaCodeIsSixDigits() {
        assertThat(UnifiedSocialCreditCode.parse(withFinalCheck("9135A100M000100Y4")).problems())
                .extracting(Reason::message)
                .containsExactly("The code's characters 3 to 8 are an area code of 6 digits.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "91350100M000100Y4",     // 17 characters
            "91350100M000100Y43A",   // 19 characters
            "91350100m000100y43",    // lowercase
            "91350100I000100Y43",    // I is not in the alphabet
            "91350100O000100Y43",    // nor O
            "91350100S000100Y43",    // nor S
            "91350100V000100Y43",    // nor V
            "91350100Z000100Y43",    // nor Z
            "91350100M000100Y4 "})
    void K6_aCodeIsEighteenCharactersOfTheThirtyOneCharacterAlphabet(String raw) {
        assertThat(UnifiedSocialCreditCode.parse(raw).codes()).containsExactly(ReasonCode.USCC_INVALID);
    }

    @Test
    void K6_aMissingCodeIsInvalid() {
        assertThat(UnifiedSocialCreditCode.parse(null).codes()).containsExactly(ReasonCode.USCC_INVALID);
    }

    @Test
    void K6_aSingleMistypedCharacterIsCaught() {
        assertThat(UnifiedSocialCreditCode.parse("91350100M000200Y43").codes()).containsExactly(ReasonCode.USCC_INVALID);
        assertThat(UnifiedSocialCreditCode.parse("91440300708461163T").codes()).containsExactly(ReasonCode.USCC_INVALID);
    }

    @Test
    void anInvalidCodeCannotBeConstructed() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y4Z"));
    }

    /** Appends the GB 32100 check character, written out independently of the class under test. */
    private static String withFinalCheck(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }
}
