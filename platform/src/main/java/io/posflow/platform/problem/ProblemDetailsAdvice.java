package io.posflow.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Every error leaves as {@code application/problem+json} with a {@code code} and, for invalid input,
 * {@code errors: [{field, code, message}]} (architecture §5). Messages never echo request values: they
 * may be personal data or card data.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // ahead of Spring Boot's own problem-details handler, which has no code
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletRequest request) {
        ProblemDetail body = body(e.status(), e.code(), e.getMessage(), e.errors(), request);
        e.properties().forEach(body::setProperty);
        return respond(body);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), GenericProblemCodes.INVALID_INPUT, f.getDefaultMessage()))
                .toList();
        return respond(body(HttpStatus.UNPROCESSABLE_ENTITY, GenericProblemCodes.INVALID_INPUT,
                "The request has invalid fields.", errors, request));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violated(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), GenericProblemCodes.INVALID_INPUT,
                        v.getMessage()))
                .toList();
        return respond(body(HttpStatus.UNPROCESSABLE_ENTITY, GenericProblemCodes.INVALID_INPUT,
                "The request has invalid fields.", errors, request));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        // The parser's message can quote the offending value; say only that the body is unreadable.
        return respond(body(HttpStatus.BAD_REQUEST, GenericProblemCodes.MALFORMED_REQUEST,
                "The request body is not valid JSON for this endpoint.", List.of(), request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(body(HttpStatus.BAD_REQUEST, GenericProblemCodes.MALFORMED_REQUEST,
                "Parameter '" + e.getName() + "' has the wrong format.",
                List.of(new FieldProblem(e.getName(), GenericProblemCodes.INVALID_INPUT, "wrong format")), request));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(body(HttpStatus.BAD_REQUEST, GenericProblemCodes.MALFORMED_REQUEST,
                "Parameter '" + e.getParameterName() + "' is required.",
                List.of(new FieldProblem(e.getParameterName(), GenericProblemCodes.INVALID_INPUT, "required")), request));
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request) {
        return respond(body(HttpStatus.NOT_FOUND, GenericProblemCodes.NOT_FOUND, "No such resource.", List.of(),
                request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(body(HttpStatus.METHOD_NOT_ALLOWED, GenericProblemCodes.METHOD_NOT_ALLOWED,
                "Method " + e.getMethod() + " is not allowed here.", List.of(), request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> media(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, GenericProblemCodes.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported content type.", List.of(), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        // The stack trace makes the next incident diagnosable (issue 13); the error id ties the answer to the log
        // line. Request bodies are never logged, and the sensitive-card filter refuses PAN/CVV before here.
        String errorId = UUID.randomUUID().toString();
        log.error("Unhandled error {} on {} {}", errorId, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail body = body(HttpStatus.INTERNAL_SERVER_ERROR, GenericProblemCodes.INTERNAL_ERROR,
                "An unexpected error occurred (error id " + errorId + ").", List.of(), request);
        body.setProperty("errorId", errorId);
        return respond(body);
    }

    private static ProblemDetail body(HttpStatusCode status, String code, String detail, List<FieldProblem> errors,
                                      HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("https://posflow.io/problems/" + code.toLowerCase().replace('_', '-')));
        body.setTitle(code);
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("code", code);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return body;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, headers, HttpStatusCode.valueOf(body.getStatus()));
    }
}
