package io.posflow.terminal.web;

import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.ProblemException;
import io.posflow.terminal.terminal.SerialNumberInvalidException;
import io.posflow.terminal.terminal.TerminalModelMismatchException;
import io.posflow.terminal.terminal.TerminalRuleBroken;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** A terminal rule's refusal as problem+json: the domain names the rule, the web layer picks the status. */
public class TerminalRefusedException extends ProblemException {

    public TerminalRefusedException(TerminalRuleBroken refusal) {
        super(status(refusal), refusal.code(), refusal.getMessage(), errors(refusal), Map.of());
    }

    private static HttpStatus status(TerminalRuleBroken refusal) {
        if (refusal instanceof SerialNumberInvalidException || refusal instanceof TerminalModelMismatchException) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        return HttpStatus.CONFLICT; // a duplicate serial, or a state that does not allow the command
    }

    private static List<FieldProblem> errors(TerminalRuleBroken refusal) {
        if (refusal instanceof SerialNumberInvalidException) {
            return List.of(new FieldProblem("serialNumber", refusal.code(), refusal.getMessage()));
        }
        return List.of();
    }
}
