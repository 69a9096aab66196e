package io.posflow.onboarding.domain.checks;

import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResidentIdNumberTest {

    /** The worked examples printed in GB 11643-1999: a woman born 1949-12-31, a man born 1880-01-01. */
    private static final String GB11643_EXAMPLE_X = "11010519491231002X";
    private static final String GB11643_EXAMPLE_DIGIT = "440524188001010014";

    private static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 15);

    @Test
    void K1_theStandardsPublishedExamplesAreValid() {
        assertThat(ResidentIdNumber.parse(GB11643_EXAMPLE_X).isValid()).isTrue();
        assertThat(ResidentIdNumber.parse(GB11643_EXAMPLE_DIGIT).isValid()).isTrue();
    }

    @Test
    void K1_aResidentIdWithAWrongCheckCharacterIsInvalid() {
        assertThat(ResidentIdNumber.parse("110105194912310021").codes()).containsExactly(ReasonCode.ID_NUMBER_INVALID);
        assertThat(ResidentIdNumber.parse("440524188001010015").codes()).containsExactly(ReasonCode.ID_NUMBER_INVALID);
    }

    @Test
    void K1_theCheckCharacterTenIsAnUppercaseXSoALowercaseXIsInvalid() {
        Checked<ResidentIdNumber> lower = ResidentIdNumber.parse("11010519491231002x");

        assertThat(lower.codes()).containsExactly(ReasonCode.ID_NUMBER_INVALID);
        assertThat(lower.problems()).extracting(Reason::message).containsExactly(
                "The ID number's check character X must be uppercase.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "11010519491231002",    // 17 characters
            "11010519491231002X0",  // 19 characters
            "110105491231002",      // the old 15-digit number
            "11010519491231A02X",   // a letter among the digits
            "X10105194912310021",   // X anywhere but last
            "11010519491231002Y",
            "１１０１０５１９４９１２３１００２Ｘ"}) // full-width digits
    void K1_anIdNumberIsSeventeenDigitsAndACheckCharacter(String raw) {
        assertThat(ResidentIdNumber.parse(raw).codes()).containsExactly(ReasonCode.ID_NUMBER_INVALID);
    }

    @Test
    void K1_aMissingIdNumberIsInvalid() {
        assertThat(ResidentIdNumber.parse(null).codes()).containsExactly(ReasonCode.ID_NUMBER_INVALID);
    }

    @Test
    void K1_theBirthDateMustBeARealCalendarDate() {
        // Check characters right, so only the date is wrong: 29 February 2001, month 13.
        assertThat(ResidentIdNumber.parse("110101200102290015").problems()).extracting(Reason::message)
                .containsExactly("The ID number's birth date is not a calendar date.");
        assertThat(ResidentIdNumber.parse("110101199913010018").problems()).extracting(Reason::message)
                .containsExactly("The ID number's birth date is not a calendar date.");
    }

    @Test
    void K1_aLeapDayBirthInALeapYearIsARealDate() {
        ResidentIdNumber leapDay = ResidentIdNumber.parse("110101200002290018").orElseThrow();

        assertThat(leapDay.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void K1_theAreaCodeMustNameAProvinceOfMainlandChina() {
        // 99 is no province; the check character is right.
        assertThat(ResidentIdNumber.parse("990101198001010014").problems()).extracting(Reason::message)
                .containsExactly("The ID number's area code names no province of mainland China.");
        assertThat(ResidentIdNumber.parse("110101198001010010").isValid()).isTrue();
    }

    @Test
    void K1_everyFormatProblemIsListed() {
        // Area 99, 13th month and a wrong check character at once.
        assertThat(ResidentIdNumber.parse("990101199913010010").problems()).hasSize(3)
                .allSatisfy(p -> assertThat(p.code()).isEqualTo(ReasonCode.ID_NUMBER_INVALID));
    }

    @Test
    void K1_theNumberTellsTheBirthDateAndTheSex() {
        ResidentIdNumber woman = ResidentIdNumber.parse(GB11643_EXAMPLE_X).orElseThrow();
        ResidentIdNumber man = ResidentIdNumber.parse(GB11643_EXAMPLE_DIGIT).orElseThrow();

        assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(woman.sex()).isEqualTo(ResidentIdNumber.Sex.FEMALE);
        assertThat(woman.areaCode()).isEqualTo("110105");
        assertThat(man.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(man.sex()).isEqualTo(ResidentIdNumber.Sex.MALE);
    }

    @Test
    void K1_anApplicantWhoTurnsEighteenOnTheSubmissionDateIsAccepted() {
        // Born 2008-03-15.
        assertThat(ResidentIdNumber.parseForApplicant("33010620080315123X", SUBMITTED).isValid()).isTrue();
    }

    @Test
    void K1_anApplicantWhoTurnsEighteenTheDayAfterTheSubmissionIsRefused() {
        // Born 2008-03-16.
        assertThat(ResidentIdNumber.parseForApplicant("330106200803161235", SUBMITTED).codes())
                .containsExactly(ReasonCode.AGE_OUT_OF_RANGE);
    }

    @Test
    void K1_anApplicantWhoTurnsSixtyFiveOnTheSubmissionDateIsAccepted() {
        // Born 1961-03-15.
        assertThat(ResidentIdNumber.parseForApplicant("33010619610315123X", SUBMITTED).isValid()).isTrue();
    }

    @Test
    void K1_anApplicantOnTheLastDayAtSixtyFiveIsAcceptedAndOnTheirSixtySixthBirthdayRefused() {
        // Born 1960-03-16: 65 until 2026-03-15. Born 1960-03-15: 66 on 2026-03-15.
        assertThat(ResidentIdNumber.parseForApplicant("330106196003161238", SUBMITTED).isValid()).isTrue();
        assertThat(ResidentIdNumber.parseForApplicant("330106196003151232", SUBMITTED).codes())
                .containsExactly(ReasonCode.AGE_OUT_OF_RANGE);
    }

    @Test
    void K1_someoneBornOnALeapDayTurnsEighteenOnTheFirstOfMarchInACommonYear() {
        // Born 2008-02-29; 2026 is a common year.
        String leapDayBirth = "330106200802290027";

        assertThat(ResidentIdNumber.parseForApplicant(leapDayBirth, LocalDate.of(2026, 2, 28)).codes())
                .containsExactly(ReasonCode.AGE_OUT_OF_RANGE);
        assertThat(ResidentIdNumber.parseForApplicant(leapDayBirth, LocalDate.of(2026, 3, 1)).isValid()).isTrue();
    }

    @Test
    void K1_aBirthDateAfterTheSubmissionDateIsOutOfRange() {
        // Born 2030-01-01.
        assertThat(ResidentIdNumber.parseForApplicant("11010520300101001X", SUBMITTED).codes())
                .containsExactly(ReasonCode.AGE_OUT_OF_RANGE);
    }

    @Test
    void K1_aMalformedNumberIsReportedAsInvalidNotAsAnAge() {
        assertThat(ResidentIdNumber.parseForApplicant("110105194912310021", SUBMITTED).codes())
                .containsExactly(ReasonCode.ID_NUMBER_INVALID);
    }

    @Test
    void theNumberIsMaskedWhenPrintedFirstThreeAndLastFour() {
        ResidentIdNumber id = ResidentIdNumber.parse(GB11643_EXAMPLE_X).orElseThrow();

        assertThat(id.toString()).isEqualTo("110***********002X");
        assertThat(Checked.valid(id).toString()).doesNotContain(GB11643_EXAMPLE_X);
    }

    @Test
    void noProblemOrExceptionMessageRepeatsTheNumber() {
        String wrong = "110105194912310021";

        assertThat(ResidentIdNumber.parse(wrong).problems())
                .allSatisfy(p -> assertThat(p.message()).doesNotContain(wrong));
        assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdNumber(wrong))
                .withMessageNotContaining(wrong)
                .withMessageNotContaining("1949");
    }
}
