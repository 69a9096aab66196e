package io.posflow.settlement.adapter.web;

import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** A statement is asked for by business date, {@code yyyy-MM-dd}. */
class MalformedBusinessDateException extends ProblemException {

    MalformedBusinessDateException() {
        super(HttpStatus.BAD_REQUEST, GenericProblemCodes.MALFORMED_REQUEST, "Parameter 'date' must be yyyy-MM-dd.",
                List.of(new FieldProblem("date", GenericProblemCodes.INVALID_INPUT, "must be a date, yyyy-MM-dd")),
                Map.of());
    }
}
