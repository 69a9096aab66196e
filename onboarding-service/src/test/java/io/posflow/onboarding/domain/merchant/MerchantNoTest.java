package io.posflow.onboarding.domain.merchant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MerchantNoTest {

    @Test
    void O9_theMerchantNumberIsInstitutionAreaMccAndAFourDigitSequence() {
        assertThat(MerchantNo.compose("484", "1100", new Mcc("5411"), 7).value()).isEqualTo("484110054110007");
    }

    @Test
    void O9_theSequenceHasFourDigitsSoTheTenThousandthMerchantOfAPrefixIsRefused() {
        assertThat(MerchantNo.compose("484", "1100", new Mcc("5411"), 9999).value()).endsWith("9999");
        assertThatIllegalArgumentException().isThrownBy(() -> MerchantNo.compose("484", "1100", new Mcc("5411"), 10_000));
        assertThatIllegalArgumentException().isThrownBy(() -> MerchantNo.compose("484", "1100", new Mcc("5411"), 0));
    }

    @Test
    void aMerchantNumberHasExactlyFifteenDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MerchantNo("48411005411001"));
        assertThatIllegalArgumentException().isThrownBy(() -> new MerchantNo("4841100541100A1"));
    }
}
