package io.posflow.onboarding.readmodel.state;

import io.posflow.onboarding.domain.document.OriginalFileName;
import io.posflow.onboarding.domain.document.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The metadata of one stored document; its content lives in the object store under the same id. */
@Entity
@Table(name = "document")
public class DocumentRecord {

    @Id
    @Column(length = 36)
    private String documentId;

    @Column(nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false, length = 64)
    private String sha256;

    private long sizeBytes;

    @Column(nullable = false, length = OriginalFileName.MAX_LENGTH)
    private String originalFileName;

    private Long durationMillis;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected DocumentRecord() {
        // for JPA
    }

    public DocumentRecord(StoredDocument document) {
        this.documentId = document.documentId();
        this.contentType = document.contentType();
        this.sha256 = document.sha256();
        this.sizeBytes = document.sizeBytes();
        this.originalFileName = document.originalFileName();
        this.durationMillis = document.durationMillis();
        this.uploadedAt = document.uploadedAt();
    }

    public StoredDocument toStoredDocument() {
        return new StoredDocument(documentId, contentType, sha256, sizeBytes, originalFileName, durationMillis,
                uploadedAt);
    }
}
