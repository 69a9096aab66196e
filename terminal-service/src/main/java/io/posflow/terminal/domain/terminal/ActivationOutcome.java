package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;

/**
 * The answer to {@link ActivateTerminal}. A wrong code is an outcome, not an exception: the try must be
 * recorded (it counts towards the lock), and a throwing handler would roll it back.
 */
public sealed interface ActivationOutcome {

    /** The code was right: the terminal awaits the deposit swipe of this amount. */
    record Accepted(Money deposit) implements ActivationOutcome {
    }

    /** The code was wrong; {@code locked} when that was the last allowed try. */
    record CodeRejected(int attemptsLeft, boolean locked) implements ActivationOutcome {
    }
}
