package io.posflow.onboarding.web;

import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** The application's shape is wrong: 422 listing every problem by field. */
class ApplicationInvalidException extends ProblemException {

    ApplicationInvalidException(List<FieldProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, GenericProblemCodes.INVALID_INPUT,
                "The application has invalid fields.", problems, Map.of());
    }
}
