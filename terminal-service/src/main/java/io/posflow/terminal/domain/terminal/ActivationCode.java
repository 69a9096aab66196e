package io.posflow.terminal.domain.terminal;

import java.time.Instant;

/**
 * T2: the terminal's current activation code — its keyed hash, when it expires, whether the expiry came, and the tries:
 * how many wrong entries lock the terminal and how many were made. A reissued code replaces the hash and the expiry;
 * the wrong entries made so far still count (only an unlock by ops gives all the tries back).
 *
 * @param hash           null before the first code was issued
 * @param expired        the code's due time came (ActivationCodeExpired): it stays refused even if the clock goes back
 * @param failedAttempts wrong entries since binding or the last unlock
 */
public record ActivationCode(ActivationCodeHash hash, Instant expiresAt, boolean expired, int attemptsAllowed,
                             int failedAttempts) {

    /** A terminal that was never given a code. */
    public static final ActivationCode NONE = new ActivationCode(null, null, false, 0, 0);

    /** What came of entering a code at the device while the code is pending. */
    public sealed interface Entry {

        /** The right code, in time. */
        record Right() implements Entry {
        }

        /** A wrong code: counted; {@code attemptsLeft} 0 locks the terminal. */
        record Wrong(int failedAttempts, int attemptsLeft) implements Entry {

            public boolean locks() {
                return attemptsLeft == 0;
            }
        }

        /** No code, or it expired (its due time came or passed): nothing is counted. */
        record Expired() implements Entry {
        }
    }

    /** T2: the code entered at {@code enteredAt}, checked in constant time. */
    public Entry enter(ActivationCodeHash entered, Instant enteredAt) {
        if (hash == null || expired || !enteredAt.isBefore(expiresAt)) {
            return new Entry.Expired();
        }
        if (entered.sameAs(hash)) {
            return new Entry.Right();
        }
        int failed = failedAttempts + 1;
        return new Entry.Wrong(failed, Math.max(0, attemptsAllowed - failed));
    }

    /** T3: the code that was accepted, entered again by a device that did not get the first answer. */
    public boolean isTheOneAccepted(ActivationCodeHash entered) {
        return entered.sameAs(hash);
    }

    /**
     * T2: whether expiry work due at {@code dueAt} expires this code: not if there is none, it expired already, or it
     * was reissued with a later expiry.
     */
    public boolean expiresBy(Instant dueAt) {
        return hash != null && !expired && !dueAt.isBefore(expiresAt);
    }

    ActivationCode issued(ActivationCodeIssued event) {
        return new ActivationCode(event.codeHash(), event.expiresAt(), false, event.attemptsAllowed(), failedAttempts);
    }

    ActivationCode expiredNow() {
        return new ActivationCode(hash, expiresAt, true, attemptsAllowed, failedAttempts);
    }

    ActivationCode rejected(ActivationCodeRejected event) {
        return new ActivationCode(hash, expiresAt, expired, attemptsAllowed, event.failedAttempts());
    }

    ActivationCode unlocked() {
        return new ActivationCode(hash, expiresAt, expired, attemptsAllowed, 0);
    }
}
