package io.posflow.contracts.onboarding;

import java.util.Objects;

/**
 * An uploaded document attached to an application, as stored in the object store.
 *
 * @param kind             what it shows
 * @param documentId       the object store's document id
 * @param sha256           lower-case hex digest of the content
 * @param contentType      recognised by content: image/jpeg, image/png, video/mp4 or application/pdf
 * @param originalFileName the name it was uploaded with, passed to the document check (K7)
 */
public record Material(MaterialKind kind, String documentId, String sha256, String contentType,
                       String originalFileName) {

    public Material {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(originalFileName, "originalFileName");
    }
}
