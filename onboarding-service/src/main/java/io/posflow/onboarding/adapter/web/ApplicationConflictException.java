package io.posflow.onboarding.adapter.web;

import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** 409: the request does not fit the application's status (resubmitting one not RETURNED, deciding one not in review). */
class ApplicationConflictException extends ProblemException {

    static final String CODE = "APPLICATION_STATUS_CONFLICT";

    ApplicationConflictException(String detail, Object status) {
        super(HttpStatus.CONFLICT, CODE, detail, List.of(), Map.of("status", String.valueOf(status)));
    }
}
