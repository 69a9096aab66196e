package io.posflow.onboarding.adapter.web;

import io.posflow.onboarding.domain.document.DocumentRefusedException;
import io.posflow.onboarding.domain.document.DocumentRefusedException.Reason;
import io.posflow.onboarding.domain.document.StoredDocument;
import io.posflow.onboarding.usecase.DocumentMetrics;
import io.posflow.onboarding.usecase.Documents;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Document upload (architecture §5): the photos, videos and PDFs that applications name as materials. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentController {

    private final Documents documents;
    private final DocumentMetrics metrics;

    DocumentController(Documents documents, DocumentMetrics metrics) {
        this.documents = documents;
        this.metrics = metrics;
    }

    /**
     * Keeps the multipart part {@code file}. Its type is recognised by content; the name and the declared
     * Content-Type are not trusted. The multipart body is parsed here, not before the controller
     * ({@code spring.servlet.multipart.resolve-lazily}), so that the servlet's own size limit is answered
     * with the same 413 problem as the service's.
     */
    @Operation(summary = "Upload a JPEG, PNG, MP4 or PDF document",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class))))
    @PostMapping
    ResponseEntity<DocumentAccepted> upload(HttpServletRequest request) throws IOException {
        MultipartFile file = filePart(request);
        if (file == null) {
            throw refused(Reason.MISSING);
        }
        try (InputStream content = file.getInputStream()) {
            StoredDocument document = documents.upload(UUID.randomUUID().toString(), content,
                    file.getOriginalFilename());
            return ResponseEntity.status(HttpStatus.CREATED).body(DocumentAccepted.of(document));
        } catch (DocumentRefusedException refused) {
            throw DocumentRefusedProblem.of(refused.reason(), documents.maxBytes());
        }
    }

    private MultipartFile filePart(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return null;
        }
        try {
            return multipart.getFile(DocumentRefusedProblem.FIELD);
        } catch (MaxUploadSizeExceededException pastTheServletLimit) {
            throw refused(Reason.TOO_LARGE);
        } catch (MultipartException unreadable) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, GenericProblemCodes.MALFORMED_REQUEST,
                    "The multipart body cannot be read.", List.of(new FieldProblem(DocumentRefusedProblem.FIELD,
                    GenericProblemCodes.INVALID_INPUT, "unreadable multipart body")), Map.of());
        }
    }

    private ProblemException refused(Reason reason) {
        metrics.refused(reason);
        return DocumentRefusedProblem.of(reason, documents.maxBytes());
    }

    record DocumentAccepted(String documentId, String contentType, String sha256, long sizeBytes) {

        static DocumentAccepted of(StoredDocument document) {
            return new DocumentAccepted(document.documentId(), document.contentType(), document.sha256(),
                    document.sizeBytes());
        }
    }

    /** The multipart form, for the API description only. */
    record UploadForm(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED)
                      String file) {
    }
}
