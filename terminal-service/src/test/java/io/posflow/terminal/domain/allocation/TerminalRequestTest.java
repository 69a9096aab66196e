package io.posflow.terminal.domain.allocation;

import io.posflow.terminal.domain.terminal.ApplicantType;
import io.posflow.terminal.domain.terminal.MerchantNo;
import io.posflow.terminal.domain.terminal.SettlementSpeed;
import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.domain.terminal.TerminalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class TerminalRequestTest {

    private static final TerminalRequest ESIGN_REQUEST = new TerminalRequest(MerchantNo.of("822110054110001"),
            TerminalModel.ESIGN, ApplicantType.PERSONAL, SettlementSpeed.T1);

    @Test
    void T2_aStockTerminalOfTheApplicationsModelServesIt() {
        assertThat(ESIGN_REQUEST.canBeServedBy(TerminalModel.ESIGN, TerminalStatus.STOCK)).isTrue();
    }

    @Test
    void T2_aStockTerminalOfAnotherModelDoesNotServeIt() {
        assertThat(ESIGN_REQUEST.canBeServedBy(TerminalModel.SMART, TerminalStatus.STOCK)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = TerminalStatus.class, names = "STOCK", mode = EnumSource.Mode.EXCLUDE)
    void T2_aTerminalNotInStockDoesNotServeIt(TerminalStatus status) {
        assertThat(ESIGN_REQUEST.canBeServedBy(TerminalModel.ESIGN, status)).isFalse();
    }

    @Test
    void T2_aRequestNamesItsMerchantModelApplicantTypeAndSpeed() {
        assertThatNullPointerException().isThrownBy(() -> new TerminalRequest(null, TerminalModel.ESIGN,
                ApplicantType.PERSONAL, SettlementSpeed.T1));
        assertThatNullPointerException().isThrownBy(() -> new TerminalRequest(MerchantNo.of("822110054110001"), null,
                ApplicantType.PERSONAL, SettlementSpeed.T1));
    }
}
