package io.posflow.contracts.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MaskTest {

    @Test
    void anIdNumberKeepsItsFirstThreeAndLastFourCharactersAndItsLength() {
        assertThat(Mask.ID_NUMBER.apply("110105199003071239")).isEqualTo("110***********1239");
        assertThat(Mask.ID_NUMBER.apply("11010519491231002X")).isEqualTo("110***********002X");
    }

    @Test
    void aCardNumberKeepsItsBinAndLastFourDigitsAndItsLength() {
        assertThat(Mask.CARD_NUMBER.apply("6222020200112345679")).isEqualTo("622202*********5679");
        assertThat(Mask.CARD_NUMBER.apply("6258070000123454")).isEqualTo("625807******3454");
    }

    @Test
    void aPhoneKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(Mask.PHONE.apply("13800138000")).isEqualTo("138****8000");
    }

    @Test
    void aNameKeepsItsFirstCharacter() {
        assertThat(Mask.NAME.apply("王小明")).isEqualTo("王**");
        assertThat(Mask.NAME.apply("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Mask.NAME.apply("北京市朝阳区老王便利店")).isEqualTo("北**********");
    }

    @Test
    void aNameMasksCharactersOutsideTheBasicPlaneAsOne() {
        assertThat(Mask.NAME.apply("𠀀明")).isEqualTo("𠀀*");
    }

    @Test
    void genericRevealsNothingNotEvenTheLength() {
        assertThat(Mask.GENERIC.apply("E2231")).isEqualTo("***");
        assertThat(Mask.GENERIC.apply("a much longer secret")).isEqualTo("***");
    }

    @Test
    void valuesTooShortToKeepTheirEndsAreMaskedEntirely() {
        assertThat(Mask.ID_NUMBER.apply("1101052")).isEqualTo("*******");
        assertThat(Mask.CARD_NUMBER.apply("6222021234")).isEqualTo("**********");
        assertThat(Mask.PHONE.apply("1380013")).isEqualTo("*******");
        assertThat(Mask.NAME.apply("王")).isEqualTo("*");
    }

    @ParameterizedTest
    @EnumSource(Mask.class)
    void everyMaskHidesSomething(Mask mask) {
        for (String value : new String[] {"1", "王小明", "13800138000", "110105199003071239", "6222020200112345679"}) {
            assertThat(mask.apply(value)).contains("*").isNotEqualTo(value);
        }
    }

    @ParameterizedTest
    @EnumSource(Mask.class)
    void anEmptyValueCannotBeMasked(Mask mask) {
        assertThatThrownBy(() -> mask.apply("")).isInstanceOf(IllegalArgumentException.class);
    }
}
