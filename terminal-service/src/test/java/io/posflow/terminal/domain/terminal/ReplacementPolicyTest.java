package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.junit.jupiter.api.Test;

import static io.posflow.terminal.domain.terminal.TerminalFixtures.MERCHANT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.NOW;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.SERIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** T8 (换机): who hands over, who takes over, and the same replacement asked again. */
class ReplacementPolicyTest {

    private static final SerialNumber NEW = SerialNumber.of("LKLE100000000002");
    private static final ReplaceTerminal REPLACE = new ReplaceTerminal(SERIAL, NEW, TerminalModel.ESIGN, NOW);

    @Test
    void T8_anActiveTerminalHandsOverToATerminalOfItsModel() {
        assertThatCode(() -> ReplacementPolicy.checkHandOver(SERIAL, TerminalStatus.ACTIVE, TerminalModel.ESIGN,
                REPLACE)).doesNotThrowAnyException();
    }

    @Test
    void T8_onlyAnActiveTerminalHandsOver() {
        for (TerminalStatus status : TerminalStatus.values()) {
            if (status != TerminalStatus.ACTIVE) {
                assertThatThrownBy(() -> ReplacementPolicy.checkHandOver(SERIAL, status, TerminalModel.ESIGN,
                        REPLACE)).as(status.name()).isInstanceOf(TerminalNotActiveException.class);
            }
        }
    }

    @Test
    void T8_aTerminalDoesNotHandOverToAnotherModel() {
        assertThatThrownBy(() -> ReplacementPolicy.checkHandOver(SERIAL, TerminalStatus.ACTIVE, TerminalModel.SMART,
                REPLACE)).isInstanceOf(TerminalModelMismatchException.class);
    }

    @Test
    void T8_theSameReplacementAgainIsDoneAlready() {
        assertThat(ReplacementPolicy.isDoneAlready(TerminalStatus.REPLACED, NEW, REPLACE)).isTrue();
        assertThat(ReplacementPolicy.isDoneAlready(TerminalStatus.REPLACED, SerialNumber.of("LKLE100000000003"),
                REPLACE)).as("replaced by another").isFalse();
        assertThat(ReplacementPolicy.isDoneAlready(TerminalStatus.ACTIVE, null, REPLACE)).isFalse();
    }

    @Test
    void T8_aStockTerminalOfTheModelTakesOver() {
        assertThatCode(() -> ReplacementPolicy.checkTakeOver(NEW, TerminalStatus.STOCK, TerminalModel.ESIGN,
                takeOver(TerminalModel.ESIGN))).doesNotThrowAnyException();
    }

    @Test
    void T8_onlyAStockTerminalTakesOver() {
        assertThatThrownBy(() -> ReplacementPolicy.checkTakeOver(NEW, TerminalStatus.BOUND, TerminalModel.ESIGN,
                takeOver(TerminalModel.ESIGN))).isInstanceOf(TerminalNotInStockException.class);
    }

    @Test
    void T8_aTerminalOfAnotherModelDoesNotTakeOver() {
        assertThatThrownBy(() -> ReplacementPolicy.checkTakeOver(NEW, TerminalStatus.STOCK, TerminalModel.SMART,
                takeOver(TerminalModel.ESIGN))).isInstanceOf(TerminalModelMismatchException.class);
    }

    private static TakeOverTerminal takeOver(TerminalModel replacedModel) {
        return new TakeOverTerminal(NEW, SERIAL, new Handover(MERCHANT, replacedModel, ApplicantType.PERSONAL,
                SettlementSpeed.T1, Money.ofFen(9_900), null, Money.ZERO), NOW);
    }
}
