package io.posflow.deposit.domain.deposit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * T8: the terminal holding the deposit was replaced; the deposit, its window and its volume carry over
 * to the new terminal.
 *
 * @param depositId the Deposit's identifier: the serial of the terminal it was opened for
 * @param from      the replaced terminal (the deposit's own serial, or one it had moved to)
 * @param to        the terminal that takes over
 */
public record MoveDeposit(@TargetAggregateIdentifier SerialNumber depositId, SerialNumber from, SerialNumber to,
                          Instant replacedAt) {

    public MoveDeposit {
        Objects.requireNonNull(depositId, "depositId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(replacedAt, "replacedAt");
    }
}
