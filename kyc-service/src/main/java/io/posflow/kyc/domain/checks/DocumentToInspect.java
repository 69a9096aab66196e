package io.posflow.kyc.domain.checks;

import io.posflow.contracts.onboarding.MaterialKind;

import java.util.Objects;

/**
 * One uploaded material for the document check (K7).
 *
 * @param originalFileName the name it was uploaded with, kept with the document and passed to the check (K7)
 */
public record DocumentToInspect(MaterialKind kind, String documentId, String originalFileName, String contentType) {

    public DocumentToInspect {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(originalFileName, "originalFileName");
        Objects.requireNonNull(contentType, "contentType");
    }

    /** Without the file name, which an applicant may have made personal. */
    @Override
    public String toString() {
        return "DocumentToInspect[" + kind + ", " + documentId + ", " + contentType + "]";
    }
}
