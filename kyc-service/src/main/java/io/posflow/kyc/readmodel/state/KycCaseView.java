package io.posflow.kyc.readmodel.state;

import io.posflow.kyc.domain.kyccase.KycCaseStatus;
import io.posflow.kyc.domain.kyccase.SubjectType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A case as ops and the inbound handlers see it; {@code lastSequence} makes every update idempotent. */
@Entity
@Table(name = "kyc_case_view", indexes = @Index(name = "ix_kyc_case_view_subject", columnList = "subject_type, subject_id"))
public class KycCaseView {

    @Id
    @Column(name = "case_id", length = 200)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_type", nullable = false, length = 30)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false, length = 150)
    private String subjectId;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private KycCaseStatus status;

    /** JSON array of {code, message}; a plain varchar, so it maps the same on H2 and PostgreSQL. */
    @Column(name = "reasons_json", nullable = false, length = 8000)
    private String reasonsJson;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected KycCaseView() {
    }

    KycCaseView(String caseId, SubjectType subjectType, String subjectId, int round, Instant openedAt,
                long sequence) {
        this.caseId = caseId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.round = round;
        this.status = KycCaseStatus.OPEN;
        this.reasonsJson = "[]";
        this.openedAt = openedAt;
        this.lastSequence = sequence;
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    void microDepositSent(long sequence) {
        this.status = KycCaseStatus.MICRO_DEPOSIT_SENT;
        this.lastSequence = sequence;
    }

    void decided(KycCaseStatus status, String reasonsJson, Instant decidedAt, long sequence) {
        this.status = status;
        this.reasonsJson = reasonsJson;
        this.decidedAt = decidedAt;
        this.lastSequence = sequence;
    }

    public String caseId() {
        return caseId;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public int round() {
        return round;
    }

    public KycCaseStatus status() {
        return status;
    }

    public String reasonsJson() {
        return reasonsJson;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
