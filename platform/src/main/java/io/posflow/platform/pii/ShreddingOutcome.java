package io.posflow.platform.pii;

import java.time.Instant;

/**
 * What a shredding request found.
 *
 * @param retainUntil the end of the archive duty; null while the relationship lasts (or for an unknown subject)
 */
public record ShreddingOutcome(String subjectId, Result result, Instant retainUntil, Instant shreddedAt) {

    public enum Result { SHREDDED, UNDER_ARCHIVE_DUTY, UNKNOWN }

    static ShreddingOutcome unknown(String subjectId) {
        return new ShreddingOutcome(subjectId, Result.UNKNOWN, null, null);
    }

    static ShreddingOutcome shredded(SubjectKey key) {
        return new ShreddingOutcome(key.subjectId(), Result.SHREDDED, null, key.shreddedAt().orElseThrow());
    }

    static ShreddingOutcome underArchiveDuty(SubjectKey key, Instant retainUntil) {
        return new ShreddingOutcome(key.subjectId(), Result.UNDER_ARCHIVE_DUTY, retainUntil, null);
    }
}
