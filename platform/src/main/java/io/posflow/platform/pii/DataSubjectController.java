package io.posflow.platform.pii;

import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.NotFoundException;
import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Ops REST over this service's data subjects (architecture §4): look one up, crypto-shred one whose archive duty has
 * passed. Shredding is final: the subject's key is deleted, so its personal data here can never be read again.
 */
@RestController
@RequestMapping("/api/v1/ops/data-subjects")
public class DataSubjectController {

    static final String ARCHIVE_DUTY = "ARCHIVE_DUTY";

    private final SubjectKeyVault vault;

    public DataSubjectController(SubjectKeyVault vault) {
        this.vault = vault;
    }

    @GetMapping("/{subjectId}")
    public DataSubject get(@PathVariable String subjectId) {
        SubjectKey key = vault.subject(subjectId).orElseThrow(DataSubjectController::notFound);
        return new DataSubject(key.subjectId(), key.createdAt(), key.relationshipEndedAt().orElse(null),
                key.retainUntil(vault.archiveDuty()).orElse(null), key.shreddedAt().orElse(null));
    }

    /** 200 when shredded (also when it already was); 409 ARCHIVE_DUTY with {@code retainUntil} before that; 404. */
    @PostMapping("/{subjectId}/shredding")
    public DataSubject shred(@PathVariable String subjectId) {
        ShreddingOutcome outcome = vault.shred(subjectId);
        return switch (outcome.result()) {
            case UNKNOWN -> throw notFound();
            case UNDER_ARCHIVE_DUTY -> throw new ProblemException(HttpStatus.CONFLICT, ARCHIVE_DUTY,
                    outcome.retainUntil() == null
                            ? "The relationship with this data subject has not ended: its data must be kept."
                            : "The archive duty keeps this data subject's data until retainUntil.",
                    List.of(), outcome.retainUntil() == null ? Map.of()
                            : Map.of("retainUntil", outcome.retainUntil().toString()));
            case SHREDDED -> get(subjectId);
        };
    }

    private static NotFoundException notFound() {
        return new NotFoundException(GenericProblemCodes.NOT_FOUND, "No such data subject.");
    }

    /** @param retainUntil null while the relationship lasts */
    public record DataSubject(String subjectId, Instant createdAt, Instant relationshipEndedAt, Instant retainUntil,
                              Instant shreddedAt) {
    }
}
