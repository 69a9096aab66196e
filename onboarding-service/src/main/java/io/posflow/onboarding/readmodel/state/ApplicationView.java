package io.posflow.onboarding.readmodel.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.PartnerBankAttestation;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.application.ApplicationDetails;
import io.posflow.onboarding.domain.application.ApplicationStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An application as its applicant sees it: status, the reasons of the last outcome, the merchant number. */
@Entity
@Table(name = "application_view")
public class ApplicationView {

    @Id
    @Column(length = 36)
    private String applicationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    private int round;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_view_reason", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ViewReason> reasons = new ArrayList<>();

    @Column(length = 15)
    private String merchantNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private ApplicantType applicantType;

    /** Business data (the shop's name), shown in the ops review queue. */
    @Column(length = 200)
    private String merchantName;

    /** The partner bank's key {@code bankCode:bankReference} for a PARTNER_BANK application, else null. */
    @Column(length = 200)
    private String partnerBankKey;

    /**
     * The details of the current round as stored in the event (personal data sealed), as JSON: a
     * resubmission changes them and is checked in full.
     */
    @Column(length = 30000)
    private String detailsJson;

    /** The aggregate sequence number of the last event applied: makes every update idempotent. */
    private long lastSequence;

    private Instant updatedAt;

    protected ApplicationView() {
        // for JPA
    }

    ApplicationView(String applicationId) {
        this.applicationId = applicationId;
        this.lastSequence = -1;
    }

    /** Whether the event with this aggregate sequence number is new to this view. */
    boolean isNew(long sequence) {
        return sequence > lastSequence;
    }

    void apply(long sequence, ApplicationStatus status, int round, List<Reason> reasons, Instant at) {
        this.status = status;
        this.round = round;
        this.reasons.clear();
        reasons.forEach(r -> this.reasons.add(new ViewReason(r.code().name(), r.message())));
        this.lastSequence = sequence;
        this.updatedAt = at;
    }

    /** The details of a (re)submitted round. */
    void describe(ApplicationDetails details, ObjectMapper json) {
        this.channel = details.channel();
        this.applicantType = details.applicantType();
        this.merchantName = details.merchantName();
        PartnerBankAttestation bank = details.partnerBank();
        this.partnerBankKey = bank == null ? null : bank.bankCode() + ":" + bank.bankReference();
        try {
            this.detailsJson = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Application details cannot be written as JSON", e);
        }
    }

    void approve(long sequence, int round, String merchantNo, Instant at) {
        apply(sequence, ApplicationStatus.APPROVED, round, List.of(), at);
        this.merchantNo = merchantNo;
    }

    public String applicationId() {
        return applicationId;
    }

    public ApplicationStatus status() {
        return status;
    }

    public List<Reason> reasons() {
        return reasons.stream().map(r -> new Reason(ReasonCode.valueOf(r.code), r.message)).toList();
    }

    public String merchantNo() {
        return merchantNo;
    }

    public int round() {
        return round;
    }

    public Channel channel() {
        return channel;
    }

    public ApplicantType applicantType() {
        return applicantType;
    }

    public String merchantName() {
        return merchantName;
    }

    /** {@code bankCode:bankReference} of a PARTNER_BANK application, else null. */
    public String partnerBankKey() {
        return partnerBankKey;
    }

    /** When the application last changed status. */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** The details of the current round, personal data sealed. */
    public ApplicationDetails details(ObjectMapper json) {
        if (detailsJson == null) {
            throw new IllegalStateException("Application " + applicationId + " has no details on file");
        }
        try {
            return json.readValue(detailsJson, ApplicationDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Application details on file cannot be read", e);
        }
    }

    @Embeddable
    public static class ViewReason {

        @Column(name = "code", nullable = false, length = 40)
        private String code;

        @Column(name = "message", nullable = false, length = 500)
        private String message;

        protected ViewReason() {
            // for JPA
        }

        ViewReason(String code, String message) {
            this.code = code;
            this.message = message;
        }
    }
}
