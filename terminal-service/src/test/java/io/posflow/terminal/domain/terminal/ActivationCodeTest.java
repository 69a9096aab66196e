package io.posflow.terminal.domain.terminal;

import io.posflow.terminal.domain.terminal.ActivationCode.Entry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.posflow.terminal.domain.terminal.TerminalFixtures.BOUND_AT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.CODE;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.MERCHANT;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.NEW_CODE;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.SERIAL;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.VALIDITY;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.WRONG_CODE;
import static io.posflow.terminal.domain.terminal.TerminalFixtures.anyCodeIssued;
import static org.assertj.core.api.Assertions.assertThat;

/** T2: entering, expiring, reissuing a code, counting wrong tries and the lock. */
class ActivationCodeTest {

    private static final Instant EXPIRES_AT = BOUND_AT.plus(VALIDITY);
    private static final Instant IN_TIME = BOUND_AT.plusSeconds(60);
    private static final ActivationCode ISSUED = ActivationCode.NONE.issued(anyCodeIssued());

    @Test
    void T2_theRightCodeInTimeIsRight() {
        assertThat(ISSUED.enter(CODE, IN_TIME)).isEqualTo(new Entry.Right());
    }

    @Test
    void T2_aWrongCodeIsCountedAndTellsTheTriesLeft() {
        assertThat(ISSUED.enter(WRONG_CODE, IN_TIME)).isEqualTo(new Entry.Wrong(1, 4));
    }

    @Test
    void T2_theLastAllowedWrongCodeLocks() {
        ActivationCode fourWrong = ISSUED.rejected(rejection(4));

        Entry fifth = fourWrong.enter(WRONG_CODE, IN_TIME);

        assertThat(fifth).isEqualTo(new Entry.Wrong(5, 0));
        assertThat(((Entry.Wrong) fifth).locks()).isTrue();
    }

    @Test
    void T2_noCodeAtAllIsTakenAsExpired() {
        assertThat(ActivationCode.NONE.enter(CODE, IN_TIME)).isEqualTo(new Entry.Expired());
    }

    @Test
    void T2_aCodeEnteredAtItsExpiryTimeIsExpired() {
        assertThat(ISSUED.enter(CODE, EXPIRES_AT)).isEqualTo(new Entry.Expired());
    }

    @Test
    void T2_anExpiredCodeStaysExpiredEvenBeforeItsOwnExpiryTime() {
        assertThat(ISSUED.expiredNow().enter(CODE, IN_TIME)).isEqualTo(new Entry.Expired());
    }

    @Test
    void T2_expiryWorkExpiresACodeOnlyWhenItsDueTimeHasCome() {
        assertThat(ISSUED.expiresBy(EXPIRES_AT.minusMillis(1))).isFalse();
        assertThat(ISSUED.expiresBy(EXPIRES_AT)).isTrue();
        assertThat(ISSUED.expiredNow().expiresBy(EXPIRES_AT)).as("expired already").isFalse();
        assertThat(ActivationCode.NONE.expiresBy(EXPIRES_AT)).as("no code").isFalse();
    }

    @Test
    void T2_aReissuedCodeIsNotExpiredByTheOldCodesDueTime() {
        Instant reissuedAt = EXPIRES_AT.minusSeconds(60);
        ActivationCode reissued = ISSUED.issued(new ActivationCodeIssued(SERIAL, MERCHANT, NEW_CODE, reissuedAt,
                reissuedAt.plus(VALIDITY), 5));

        assertThat(reissued.expiresBy(EXPIRES_AT)).isFalse();
        assertThat(reissued.enter(CODE, IN_TIME)).as("the old code").isEqualTo(new Entry.Wrong(1, 4));
        assertThat(reissued.enter(NEW_CODE, IN_TIME)).isEqualTo(new Entry.Right());
    }

    @Test
    void T2_aReissueKeepsTheWrongTriesMadeSoFar() {
        ActivationCode reissued = ISSUED.rejected(rejection(3)).issued(new ActivationCodeIssued(SERIAL, MERCHANT,
                NEW_CODE, IN_TIME, IN_TIME.plus(VALIDITY), 5));

        assertThat(reissued.enter(WRONG_CODE, IN_TIME)).isEqualTo(new Entry.Wrong(4, 1));
    }

    @Test
    void T2_anUnlockGivesAllTheTriesBack() {
        ActivationCode unlocked = ISSUED.rejected(rejection(5)).unlocked();

        assertThat(unlocked.enter(WRONG_CODE, IN_TIME)).isEqualTo(new Entry.Wrong(1, 4));
    }

    @Test
    void T3_theAcceptedCodeIsRecognisedWhenTheDeviceAsksAgain() {
        assertThat(ISSUED.isTheOneAccepted(CODE)).isTrue();
        assertThat(ISSUED.isTheOneAccepted(WRONG_CODE)).isFalse();
    }

    private static ActivationCodeRejected rejection(int failedAttempts) {
        return new ActivationCodeRejected(SERIAL, MERCHANT, failedAttempts, 5 - failedAttempts, IN_TIME);
    }
}
