package io.posflow.kyc.casefile;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.kyc.kyccase.ApplicationDossier;
import io.posflow.kyc.kyccase.KycCaseId;
import io.posflow.kyc.kyccase.SealedField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a case's checks look at, kept beside the case rather than in its events: the event store is
 * append-only, while a case file can be replaced or erased (STYLE.md 10). Written in the same
 * transaction that opens the case, so a scheduled decision always finds it.
 */
@Entity
@Table(name = "kyc_case_file")
public class CaseFile {

    @Id
    @Column(name = "case_id", length = 200)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 30)
    private ApplicantType applicantType;

    /** Names of the sealed fields the application carries; never their values. */
    @Column(name = "sealed_fields", nullable = false, length = 500)
    private String sealedFields;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    protected CaseFile() {
    }

    public CaseFile(KycCaseId caseId, ApplicationDossier dossier, Instant filedAt) {
        this.caseId = caseId.value();
        this.applicantType = dossier.applicantType();
        this.sealedFields = dossier.sealedFields().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        this.filedAt = filedAt;
    }

    public ApplicationDossier dossier() {
        return new ApplicationDossier(applicantType, Arrays.stream(sealedFields.split(","))
                .filter(name -> !name.isEmpty())
                .map(SealedField::valueOf)
                .collect(Collectors.toSet()));
    }
}
