package io.posflow.kyc.readmodel.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.contracts.ContractsJson;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.KycCaseId;
import io.posflow.kyc.domain.kyccase.SealedField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a case's checks look at, kept beside the case rather than in its events: the event store is
 * append-only, while a case file can be replaced or erased (STYLE.md 10). Written in the same
 * transaction that opens the case, so a scheduled decision always finds it.
 *
 * <p>Personal data is kept exactly as received: sealed (masked form, ciphertext, key id), never unsealed at
 * rest. Only this entity knows how it is stored, so encrypting it per data subject can come without touching
 * the checks. The JSON columns are plain varchars so they map the same on H2 and PostgreSQL.
 */
@Entity
@Table(name = "kyc_case_file")
public class CaseFile {

    private static final ObjectMapper JSON = ContractsJson.objectMapper();
    private static final TypeReference<Map<SealedField, SealedValue>> SEALED = new TypeReference<>() {
    };
    private static final TypeReference<List<Material>> MATERIALS = new TypeReference<>() {
    };

    @Id
    @Column(name = "case_id", length = 200)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "applicant_type", nullable = false, length = 30)
    private ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "channel", length = 30)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "account_type", length = 30)
    private AccountType accountType;

    /** Names of the sealed fields the application carries, for a look without the values. */
    @Column(name = "sealed_fields", nullable = false, length = 500)
    private String sealedFields;

    /** JSON object: field name to its sealed value, as received. */
    @Column(name = "sealed_values", length = 16_000)
    private String sealedValues;

    /** JSON array of the materials, as received. */
    @Column(name = "materials", length = 16_000)
    private String materials;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    protected CaseFile() {
    }

    public CaseFile(KycCaseId caseId, ApplicationDossier dossier, Instant filedAt) {
        this.caseId = caseId.value();
        this.applicantType = dossier.applicantType();
        this.channel = dossier.channel();
        this.accountType = dossier.accountType();
        this.sealedFields = dossier.sealedFields().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        this.sealedValues = write(dossier.sealedValues());
        this.materials = write(dossier.materials());
        this.filedAt = filedAt;
    }

    public ApplicationDossier dossier() {
        if (sealedValues == null || materials == null || channel == null || accountType == null) {
            // Filed before kyc kept the values: its checks cannot run; the decision stays due, never guessed.
            throw new IllegalStateException("The case file of " + caseId + " lacks the values the checks need");
        }
        try {
            return new ApplicationDossier(applicantType, channel, accountType, JSON.readValue(sealedValues, SEALED),
                    JSON.readValue(materials, MATERIALS));
        } catch (JsonProcessingException e) {
            // The parser's message could quote stored content: name the case only.
            throw new IllegalStateException("The case file of " + caseId + " is unreadable");
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sealed values and materials always serialise");
        }
    }
}
