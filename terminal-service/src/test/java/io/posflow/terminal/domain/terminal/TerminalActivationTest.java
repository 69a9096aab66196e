package io.posflow.terminal.domain.terminal;

import io.posflow.terminal.domain.terminal.ActivationOutcome.Accepted;
import io.posflow.terminal.domain.terminal.ActivationOutcome.CodeRejected;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.posflow.terminal.domain.terminal.TerminalFixtures.BOUND_AT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.CODE;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.ESIGN_DEPOSIT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.MERCHANT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.NEW_CODE;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.NOW;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.SERIAL;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.VALIDITY;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.WRONG_CODE;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyActivation;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyBinding;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyCodeAccepted;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyCodeIssued;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyRegistration;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.newCode;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.wrongTry;

/** T2 activation codes (wrong tries, lock, expiry, reissue) and T3's first step: the code accepted. */
class TerminalActivationTest {

    private FixtureConfiguration<Terminal> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Terminal.class);
    }

    @Test
    void T3_theRightCodeMakesTheTerminalAwaitTheModelsDeposit() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued())
                .when(enter(CODE))
                .expectEvents(new TerminalAwaitingDeposit(SERIAL, MERCHANT, ESIGN_DEPOSIT, NOW))
                .expectResultMessagePayload(new Accepted(ESIGN_DEPOSIT));
    }

    @Test
    void T2_aWrongCodeLeavesFourTries() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued())
                .when(enter(WRONG_CODE))
                .expectEvents(new ActivationCodeRejected(SERIAL, MERCHANT, 1, 4, NOW))
                .expectResultMessagePayload(new CodeRejected(4, false));
    }

    @Test
    void T2_fiveWrongCodesLockTheTerminal() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(), wrongTry(1), wrongTry(2), wrongTry(3),
                        wrongTry(4))
                .when(enter(WRONG_CODE))
                .expectEvents(new ActivationCodeRejected(SERIAL, MERCHANT, 5, 0, NOW),
                        new TerminalLocked(SERIAL, MERCHANT, 5, NOW))
                .expectResultMessagePayload(new CodeRejected(0, true));
    }

    @Test
    void T2_aLockedTerminalRefusesEvenTheRightCode() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(), wrongTry(1), wrongTry(2), wrongTry(3),
                        wrongTry(4), wrongTry(5), new TerminalLocked(SERIAL, MERCHANT, 5, BOUND_AT.plusSeconds(300)))
                .when(enter(CODE))
                .expectException(TerminalLockedException.class)
                .expectNoEvents();
    }

    @Test
    void T2_opsUnlockALockedTerminal() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(), wrongTry(5),
                        new TerminalLocked(SERIAL, MERCHANT, 5, BOUND_AT.plusSeconds(300)))
                .when(new UnlockTerminal(SERIAL, NOW))
                .expectEvents(new TerminalUnlocked(SERIAL, MERCHANT, NOW));
    }

    @Test
    void T2_afterAnUnlockTheTriesStartAgain() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(), wrongTry(5),
                        new TerminalLocked(SERIAL, MERCHANT, 5, BOUND_AT.plusSeconds(300)),
                        new TerminalUnlocked(SERIAL, MERCHANT, BOUND_AT.plusSeconds(400)))
                .when(enter(WRONG_CODE))
                .expectEvents(new ActivationCodeRejected(SERIAL, MERCHANT, 1, 4, NOW))
                .expectResultMessagePayload(new CodeRejected(4, false));
    }

    @Test
    void T2_aTerminalThatIsNotLockedCannotBeUnlocked() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(), anyCodeAccepted())
                .when(new UnlockTerminal(SERIAL, NOW))
                .expectException(TerminalNotLockedException.class)
                .expectNoEvents();
    }

    @Test
    void T2_anExpiredCodeIsRefused() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued())
                .when(new ActivateTerminal(SERIAL, CODE, ESIGN_DEPOSIT, BOUND_AT.plus(VALIDITY)))
                .expectException(ActivationCodeExpiredException.class)
                .expectNoEvents();
    }

    @Test
    void T2_theCodeExpiresWhenItsDueTimeComes() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued())
                .when(new ExpireActivationCode(SERIAL, BOUND_AT.plus(VALIDITY)))
                .expectEvents(new ActivationCodeExpired(SERIAL, MERCHANT, BOUND_AT.plus(VALIDITY)));
    }

    @Test
    void T2_anExpiredCodeStaysRefusedEvenBeforeItsOwnExpiryTime() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(),
                        new ActivationCodeExpired(SERIAL, MERCHANT, BOUND_AT.plus(VALIDITY)))
                .when(new ActivateTerminal(SERIAL, CODE, ESIGN_DEPOSIT, BOUND_AT.plusSeconds(60)))
                .expectException(ActivationCodeExpiredException.class);
    }

    @Test
    void T2_aReissuedCodeIsNotExpiredByTheOldCodesDueTime() {
        Instant reissuedAt = BOUND_AT.plus(VALIDITY).minusSeconds(60);
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(),
                        new ActivationCodeIssued(SERIAL, MERCHANT, NEW_CODE, reissuedAt, reissuedAt.plus(VALIDITY), 5))
                .when(new ExpireActivationCode(SERIAL, BOUND_AT.plus(VALIDITY)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void T2_aReissuedCodeReplacesTheOldOne() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued())
                .when(new ReissueActivationCode(SERIAL, newCode(NEW_CODE, NOW), NOW))
                .expectEvents(new ActivationCodeIssued(SERIAL, MERCHANT, NEW_CODE, NOW, NOW.plus(VALIDITY), 5))
                .expectResultMessagePayload(MERCHANT);
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(),
                        new ActivationCodeIssued(SERIAL, MERCHANT, NEW_CODE, NOW, NOW.plus(VALIDITY), 5))
                .when(enter(CODE))
                .expectEvents(new ActivationCodeRejected(SERIAL, MERCHANT, 1, 4, NOW));
    }

    @Test
    void T2_aCodeIsReissuedAfterItExpired() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(),
                        new ActivationCodeExpired(SERIAL, MERCHANT, BOUND_AT.plus(VALIDITY)),
                        new ActivationCodeIssued(SERIAL, MERCHANT, NEW_CODE, NOW, NOW.plus(VALIDITY), 5))
                .when(enter(NEW_CODE))
                .expectEvents(new TerminalAwaitingDeposit(SERIAL, MERCHANT, ESIGN_DEPOSIT, NOW));
    }

    @Test
    void T2_aLockedTerminalGetsNoNewCode() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(), wrongTry(5),
                        new TerminalLocked(SERIAL, MERCHANT, 5, BOUND_AT.plusSeconds(300)))
                .when(new ReissueActivationCode(SERIAL, newCode(NEW_CODE, NOW), NOW))
                .expectException(TerminalLockedException.class)
                .expectNoEvents();
    }

    @Test
    void T3_theRightCodeEnteredAgainWhileAwaitingTheDepositGetsTheSameAnswer() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(), anyCodeAccepted())
                .when(enter(CODE))
                .expectNoEvents()
                .expectResultMessagePayload(new Accepted(ESIGN_DEPOSIT));
    }

    @Test
    void T3_anActiveTerminalTakesNoCode() {
        fixture.given(anyRegistration(), anyBinding(), anyCodeIssued(), anyCodeAccepted(), anyActivation())
                .when(enter(CODE))
                .expectException(ActivationNotPendingException.class)
                .expectNoEvents();
    }

    private static ActivateTerminal enter(ActivationCodeHash code) {
        return new ActivateTerminal(SERIAL, code, ESIGN_DEPOSIT, NOW);
    }
}
