package io.posflow.terminal.adapter.web;

import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** 422 listing every problem of a capture request at once; messages never quote the values. */
public class InvalidCaptureException extends ProblemException {

    public InvalidCaptureException(List<FieldProblem> errors) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, code(errors), "The capture request has invalid fields.", errors,
                Map.of());
    }

    /** A single catalogue problem (e.g. CARD_NUMBER_INVALID) gives its code; anything else is INVALID_INPUT. */
    private static String code(List<FieldProblem> errors) {
        return errors.size() == 1 ? errors.get(0).code() : GenericProblemCodes.INVALID_INPUT;
    }
}
