package io.posflow.terminal.adapter.web;

import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** T2: 422 with {@code attemptsLeft}; at 0 the terminal is locked until ops unlock it. */
public class ActivationCodeWrongException extends ProblemException {

    public ActivationCodeWrongException(int attemptsLeft) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, ReasonCode.ACTIVATION_CODE_WRONG.name(), detail(attemptsLeft),
                List.of(new FieldProblem("activationCode", ReasonCode.ACTIVATION_CODE_WRONG.name(),
                        ReasonCode.ACTIVATION_CODE_WRONG.defaultMessage())),
                Map.of("attemptsLeft", attemptsLeft));
    }

    private static String detail(int attemptsLeft) {
        return attemptsLeft == 0
                ? "The activation code is wrong; the terminal is now locked until ops unlock it."
                : "The activation code is wrong; " + attemptsLeft + " attempts left.";
    }
}
