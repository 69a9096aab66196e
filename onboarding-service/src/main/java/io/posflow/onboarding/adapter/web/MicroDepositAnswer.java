package io.posflow.onboarding.adapter.web;

import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** K10: the body of both micro-deposit confirmations, {@code {amountFen}}: what the account received, 1–99 fen. */
record MicroDepositAnswer(Long amountFen) {

    long validAmountFen() {
        if (amountFen == null || amountFen < 1 || amountFen > 99) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, GenericProblemCodes.INVALID_INPUT,
                    "The micro-deposit answer is invalid.", List.of(new FieldProblem("amountFen",
                    GenericProblemCodes.INVALID_INPUT, "must be the amount received, 1 to 99 fen")), Map.of());
        }
        return amountFen;
    }
}
