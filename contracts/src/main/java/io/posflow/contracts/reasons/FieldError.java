package io.posflow.contracts.reasons;

import java.util.Objects;

/**
 * One problem with one input field, as in problem+json {@code errors}.
 *
 * @param field   dotted path of the field, e.g. {@code application.applicant.idNumber}; the whole message
 *                is {@code "$"}
 * @param code    a {@link ReasonCode} name, or for a message refused before its content was read a transport
 *                code such as {@code SIGNATURE_INVALID} or {@code SCHEMA_VIOLATION} (kept a string so that
 *                transport codes need no entry in the domain catalogue)
 * @param message human-readable, never echoing the submitted value
 */
public record FieldError(String field, String code, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static FieldError of(String field, ReasonCode code) {
        return new FieldError(field, code.name(), code.defaultMessage());
    }
}
