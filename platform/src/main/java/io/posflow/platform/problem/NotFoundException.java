package io.posflow.platform.problem;

import org.springframework.http.HttpStatus;

public class NotFoundException extends ProblemException {

    public NotFoundException(String code, String detail) {
        super(HttpStatus.NOT_FOUND, code, detail);
    }
}
