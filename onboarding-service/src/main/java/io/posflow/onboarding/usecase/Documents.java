package io.posflow.onboarding.usecase;

import io.posflow.onboarding.domain.document.ContentSniffer;
import io.posflow.onboarding.domain.document.DocumentRefusedException;
import io.posflow.onboarding.domain.document.DocumentRefusedException.Reason;
import io.posflow.onboarding.domain.document.DocumentStore;
import io.posflow.onboarding.domain.document.DocumentStore.ContentTooLargeException;
import io.posflow.onboarding.domain.document.DocumentStore.StagedContent;
import io.posflow.onboarding.domain.document.DocumentType;
import io.posflow.onboarding.domain.document.Mp4Duration;
import io.posflow.onboarding.domain.document.OriginalFileName;
import io.posflow.onboarding.domain.document.StoredDocument;
import io.posflow.onboarding.readmodel.state.DocumentRecord;
import io.posflow.onboarding.readmodel.state.DocumentRecordRepository;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Uploaded documents (architecture §5): keeps JPEG, PNG, MP4 and PDF content recognised by its first bytes, up to
 * the configured size, in the object store, with its metadata in the {@code document} table. A refused
 * upload leaves neither a file nor a row; a kept one has both.
 */
public class Documents {

    private final DocumentStore store;
    private final DocumentRecordRepository records;
    private final DocumentMetrics metrics;
    private final Clock clock;
    private final long maxBytes;

    /** @param maxBytes the largest upload kept; one byte more is refused */
    public Documents(DocumentStore store, DocumentRecordRepository records, DocumentMetrics metrics, Clock clock,
                     long maxBytes) {
        this.store = store;
        this.records = records;
        this.metrics = metrics;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /**
     * Keeps {@code content} as a new document.
     *
     * @param documentId       the new document's id (a UUID), the key in the object store
     * @param originalFileName the name the client gave the file (K7); kept without its path
     * @throws DocumentRefusedException EMPTY, TOO_LARGE or UNSUPPORTED_TYPE; nothing is kept
     */
    public StoredDocument upload(String documentId, InputStream content, String originalFileName)
            throws IOException {
        try (StagedContent staged = stage(content)) {
            if (staged.sizeBytes() == 0) {
                throw refused(Reason.EMPTY);
            }
            DocumentType type = sniff(staged).orElseThrow(() -> refused(Reason.UNSUPPORTED_TYPE));
            Long durationMillis = type == DocumentType.MP4 ? durationMillis(staged) : null;
            StoredDocument document = new StoredDocument(documentId, type.mediaType(),
                    staged.sha256(), staged.sizeBytes(), OriginalFileName.sanitise(originalFileName), durationMillis,
                    clock.instant());
            staged.commit(document.documentId());
            try {
                records.saveAndFlush(new DocumentRecord(document));
            } catch (RuntimeException | Error rowNotStored) {
                store.delete(document.documentId());
                throw rowNotStored;
            }
            metrics.uploaded(type);
            return document;
        }
    }

    /** The document with this id, whatever material it is attached as. */
    public Optional<StoredDocument> find(String documentId) {
        if (documentId == null || documentId.isBlank()) {
            return Optional.empty();
        }
        return records.findById(documentId.strip().toLowerCase(Locale.ROOT)).map(DocumentRecord::toStoredDocument);
    }

    /** The largest upload kept, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    private StagedContent stage(InputStream content) throws IOException {
        try {
            return store.stage(content, maxBytes);
        } catch (ContentTooLargeException tooLarge) {
            throw refused(Reason.TOO_LARGE);
        }
    }

    private static Optional<DocumentType> sniff(StagedContent staged) throws IOException {
        try (InputStream in = staged.open()) {
            return ContentSniffer.sniff(in.readNBytes(ContentSniffer.HEAD_BYTES), staged.sizeBytes());
        }
    }

    private static Long durationMillis(StagedContent staged) throws IOException {
        try (InputStream in = new BufferedInputStream(staged.open())) {
            return Mp4Duration.read(in).map(Duration::toMillis).orElse(null);
        }
    }

    private DocumentRefusedException refused(Reason reason) {
        metrics.refused(reason);
        return new DocumentRefusedException(reason);
    }
}
