package io.posflow.platform.pii;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.Period;
import java.util.Optional;

/**
 * The data key of one data subject (architecture §4): every personal datum of the subject that this service stores
 * is encrypted under it. The key itself is stored wrapped (AES-GCM) under the service's master key. Shredding
 * deletes it: what was encrypted under it can never be read again, while the rows and events that hold the
 * ciphertext stay as they are.
 */
@Entity
@Table(name = "pii_subject_key")
public class SubjectKey {

    @Id
    @Column(name = "subject_id", length = 100)
    private String subjectId;

    /** Base64 IV + wrapped key + tag; null once shredded. */
    @Column(name = "wrapped_key", length = 200)
    private String wrappedKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the relationship with the subject ended (e.g. the application was rejected); the archive duty runs from it. */
    @Column(name = "relationship_ended_at")
    private Instant relationshipEndedAt;

    @Column(name = "shredded_at")
    private Instant shreddedAt;

    /** Null until stored: creating the row is an insert, never a merge over one another instance created. */
    @Version
    private Long version;

    protected SubjectKey() {
        // for JPA
    }

    SubjectKey(String subjectId, String wrappedKey, Instant createdAt) {
        this.subjectId = subjectId;
        this.wrappedKey = wrappedKey;
        this.createdAt = createdAt;
    }

    public String subjectId() {
        return subjectId;
    }

    Optional<String> wrappedKey() {
        return Optional.ofNullable(wrappedKey);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> relationshipEndedAt() {
        return Optional.ofNullable(relationshipEndedAt);
    }

    public Optional<Instant> shreddedAt() {
        return Optional.ofNullable(shreddedAt);
    }

    /** The end of the archive duty: the relationship's end plus the duty; empty while the relationship lasts. */
    public Optional<Instant> retainUntil(Period archiveDuty) {
        return relationshipEndedAt().map(ended -> ended.atZone(java.time.ZoneOffset.UTC).plus(archiveDuty).toInstant());
    }

    /** The first end counts; a later one (a replayed event) changes nothing. */
    void relationshipEnded(Instant at) {
        if (relationshipEndedAt == null) {
            relationshipEndedAt = at;
        }
    }

    void shred(Instant at) {
        wrappedKey = null;
        shreddedAt = at;
    }
}
