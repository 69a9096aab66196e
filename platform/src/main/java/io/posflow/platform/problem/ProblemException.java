package io.posflow.platform.problem;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * A refusal the web layer answers as RFC 9457 problem+json: an HTTP status, a catalogue {@code code},
 * a detail safe to show (never personal data) and optional field errors and extra properties.
 * Services extend it with named exceptions for their rules.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldProblem> errors;
    private final Map<String, Object> properties;

    public ProblemException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of(), Map.of());
    }

    public ProblemException(HttpStatus status, String code, String detail, List<FieldProblem> errors,
                            Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
