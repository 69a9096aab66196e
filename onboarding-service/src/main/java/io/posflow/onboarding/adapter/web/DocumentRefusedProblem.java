package io.posflow.onboarding.adapter.web;

import io.posflow.onboarding.domain.document.DocumentRefusedException.Reason;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * A refused upload as problem+json, always with a field error on {@code file}. The reason-code catalogue has
 * no code for "too large" or "not a supported type" (they are transport refusals, not onboarding rules), so
 * the type refusal uses the generic {@code UNSUPPORTED_MEDIA_TYPE} and the size refusal {@value #TOO_LARGE}.
 */
class DocumentRefusedProblem extends ProblemException {

    /** The one code of its kind: no catalogue or generic code says "too large". */
    static final String TOO_LARGE = "DOCUMENT_TOO_LARGE";

    static final String FIELD = "file";

    private DocumentRefusedProblem(HttpStatus status, String code, String detail, String fieldCode,
                                   String fieldMessage, Map<String, Object> properties) {
        super(status, code, detail, List.of(new FieldProblem(FIELD, fieldCode, fieldMessage)), properties);
    }

    static DocumentRefusedProblem of(Reason reason, long maxBytes) {
        return switch (reason) {
            case MISSING -> new DocumentRefusedProblem(HttpStatus.UNPROCESSABLE_ENTITY,
                    GenericProblemCodes.INVALID_INPUT, "The request has no file.", GenericProblemCodes.INVALID_INPUT,
                    "required: a multipart part named 'file' with a file name", Map.of());
            case EMPTY -> new DocumentRefusedProblem(HttpStatus.UNPROCESSABLE_ENTITY,
                    GenericProblemCodes.INVALID_INPUT, "The file is empty.", GenericProblemCodes.INVALID_INPUT,
                    "must not be empty", Map.of());
            case TOO_LARGE -> new DocumentRefusedProblem(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE,
                    "The file is larger than " + maxBytes + " bytes.", TOO_LARGE,
                    "at most " + maxBytes + " bytes", Map.of("maxSizeBytes", maxBytes));
            case UNSUPPORTED_TYPE -> new DocumentRefusedProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    GenericProblemCodes.UNSUPPORTED_MEDIA_TYPE, "The file is not a JPEG, PNG, MP4 or PDF.",
                    GenericProblemCodes.UNSUPPORTED_MEDIA_TYPE,
                    "must be JPEG, PNG, MP4 or PDF by its content", Map.of());
        };
    }
}
