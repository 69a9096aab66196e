package io.posflow.platform.problem;

/**
 * Codes for refusals that are not domain rules (malformed JSON, unknown path, bean validation).
 * Domain refusals use the reason-code catalogue in contracts.
 */
public final class GenericProblemCodes {

    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    public static final String INVALID_INPUT = "INVALID_INPUT";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private GenericProblemCodes() {
    }
}
