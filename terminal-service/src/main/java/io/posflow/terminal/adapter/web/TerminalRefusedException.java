package io.posflow.terminal.adapter.web;

import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.ProblemException;
import io.posflow.terminal.domain.terminal.ActivationCodeExpiredException;
import io.posflow.terminal.domain.terminal.SerialNumberInvalidException;
import io.posflow.terminal.domain.terminal.TerminalModelMismatchException;
import io.posflow.terminal.domain.terminal.TerminalRuleBroken;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A terminal rule's refusal as problem+json: the domain names the rule, the web layer picks the status. */
public class TerminalRefusedException extends ProblemException {

    public TerminalRefusedException(TerminalRuleBroken refusal) {
        super(status(refusal), refusal.code(), refusal.getMessage(), errors(refusal), Map.of());
    }

    /** Runs {@code action}, turning a rule's refusal into problem+json. */
    static <T> T refusedAsProblem(Supplier<T> action) {
        try {
            return action.get();
        } catch (TerminalRuleBroken refusal) {
            throw new TerminalRefusedException(refusal);
        }
    }

    private static HttpStatus status(TerminalRuleBroken refusal) {
        if (refusal instanceof SerialNumberInvalidException || refusal instanceof TerminalModelMismatchException
                || refusal instanceof ActivationCodeExpiredException) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        // A duplicate serial, a reused transaction id, or a state that does not allow the command.
        return HttpStatus.CONFLICT;
    }

    private static List<FieldProblem> errors(TerminalRuleBroken refusal) {
        if (refusal instanceof SerialNumberInvalidException) {
            return List.of(new FieldProblem("serialNumber", refusal.code(), refusal.getMessage()));
        }
        if (refusal instanceof ActivationCodeExpiredException) {
            return List.of(new FieldProblem("activationCode", refusal.code(), refusal.getMessage()));
        }
        return List.of();
    }
}
