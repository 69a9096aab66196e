package io.posflow.onboarding.query;

import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.application.ApplicationStatus;
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
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    private int round;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_view_reason", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ViewReason> reasons = new ArrayList<>();

    @Column(length = 15)
    private String merchantNo;

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
