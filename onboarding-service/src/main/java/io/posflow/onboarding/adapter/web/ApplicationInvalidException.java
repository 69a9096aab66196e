package io.posflow.onboarding.adapter.web;

import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * The application breaks format rules: 422 listing every problem by field. The problem's {@code code} is
 * the catalogue code when all problems share one (e.g. {@code MERCHANT_NAME_NO_CITY}), else INVALID_INPUT.
 */
class ApplicationInvalidException extends ProblemException {

    ApplicationInvalidException(List<FieldProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, commonCode(problems), "The application has invalid fields.", problems,
                Map.of());
    }

    private static String commonCode(List<FieldProblem> problems) {
        List<String> codes = problems.stream().map(FieldProblem::code).distinct().toList();
        return codes.size() == 1 ? codes.get(0) : GenericProblemCodes.INVALID_INPUT;
    }
}
