package io.posflow.onboarding.domain.document;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An uploaded document as the rest of the service sees it, whatever material it will be attached as.
 *
 * @param documentId       UUID, the key in the object store
 * @param contentType      recognised by content: {@code image/jpeg}, {@code image/png}, {@code video/mp4} or
 *                         {@code application/pdf}
 * @param sha256           lower-case hex digest of the content
 * @param sizeBytes        length of the content
 * @param originalFileName the name it was uploaded with, without any path, kept for the document check (K7);
 *                         empty when the client sent an empty name
 * @param durationMillis   an MP4's playing time from its movie header (O2: BUSINESS_VIDEO ≤ 10 s); null for
 *                         other types and for an MP4 whose header gives none
 * @param uploadedAt       from the service's clock
 */
public record StoredDocument(String documentId, String contentType, String sha256, long sizeBytes,
                             String originalFileName, Long durationMillis, Instant uploadedAt) {

    public StoredDocument {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(originalFileName, "originalFileName");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /** The playing time of a video, when known. */
    public Optional<Duration> duration() {
        return Optional.ofNullable(durationMillis).map(Duration::ofMillis);
    }
}
