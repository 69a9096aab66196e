package io.posflow.onboarding.adapter.web;

import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** The Idempotency-Key header is not a UUID. */
class IdempotencyKeyInvalidException extends ProblemException {

    IdempotencyKeyInvalidException() {
        super(HttpStatus.BAD_REQUEST, GenericProblemCodes.MALFORMED_REQUEST, "The Idempotency-Key must be a UUID.",
                List.of(new FieldProblem(ApplicationController.IDEMPOTENCY_KEY, GenericProblemCodes.INVALID_INPUT,
                        "must be a UUID")), Map.of());
    }
}
