package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.merchant.MerchantNo;
import io.posflow.onboarding.domain.merchant.MerchantNumbers;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A merchant application (进件) from submission to its outcome (O7). KYC decides each round; a verdict
 * counts only for the current round and only while the application is under review, so late, repeated
 * or conflicting verdicts change nothing. A RETURNED application is resubmitted as a new round; one in
 * MANUAL_REVIEW is decided by ops. A blacklisted applicant is REJECTED at once.
 */
@Aggregate
public class MerchantApplication {

    private static final int FIRST_ROUND = 1;
    private static final List<Reason> BLACKLISTED = List.of(Reason.of(ReasonCode.BLACKLISTED));
    private static final List<Reason> MERCHANT_LIMIT = List.of(Reason.of(ReasonCode.APPLICATION_LIMIT_REACHED,
            "The ID number already has as many merchants as allowed."));

    @AggregateIdentifier
    private ApplicationId applicationId;
    private ApplicationStatus status;
    private int round;
    private ApplicationDetails details;
    /** Keyed hash of the applicant's ID number (O8); null for applications recorded before it was kept. */
    private String applicantKey;

    protected MerchantApplication() {
        // for Axon
    }

    /**
     * The KYC case is opened by kyc-service as soon as it reads the submission, so review starts at once.
     * O8: the application counts against its ID number's limit in this transaction (none for a blacklisted
     * one, which is rejected at once).
     */
    @CommandHandler
    public MerchantApplication(SubmitApplication command, ApplicantQuota quota) {
        if (!command.blacklisted()) {
            quota.reserveApplication(command.applicantKey());
        }
        apply(new ApplicationSubmitted(command.applicationId(), FIRST_ROUND, command.details(),
                command.submittedAt(), command.applicantKey()));
        if (command.blacklisted()) {
            apply(new ApplicationRejected(command.applicationId(), FIRST_ROUND, BLACKLISTED, command.submittedAt()));
        }
    }

    /** O7: only a RETURNED application is resubmitted; it opens the next round. */
    @CommandHandler
    void handle(ResubmitApplication command, ApplicantQuota quota) {
        if (status != ApplicationStatus.RETURNED) {
            throw new ApplicationStateException(status, "Only a RETURNED application can be resubmitted; it is "
                    + status + ".");
        }
        apply(new ApplicationResubmitted(applicationId, round + 1, command.details(), command.resubmittedAt()));
        if (command.blacklisted()) {
            reject(BLACKLISTED, command.resubmittedAt(), quota);
        }
    }

    /** O9: the merchant number is allocated only when the approval is really recorded. */
    @CommandHandler
    void handle(ApproveApplication command, MerchantNumbers merchantNumbers, ApplicantQuota quota) {
        if (awaitsVerdictFor(command.round())) {
            approve(command.approvedAt(), merchantNumbers, quota);
        }
    }

    @CommandHandler
    void handle(ReturnApplication command) {
        if (awaitsVerdictFor(command.round())) {
            apply(new ApplicationReturned(applicationId, round, command.reasons(), command.returnedAt()));
        }
    }

    @CommandHandler
    void handle(RejectApplication command, ApplicantQuota quota) {
        if (awaitsVerdictFor(command.round())) {
            reject(command.reasons(), command.rejectedAt(), quota);
        }
    }

    @CommandHandler
    void handle(RouteToManualReview command) {
        if (awaitsVerdictFor(command.round())) {
            apply(new ApplicationInManualReview(applicationId, round, command.reasons(), command.referredAt()));
        }
    }

    /** O7: ops decide an application in MANUAL_REVIEW; the decision is recorded, then its outcome. */
    @CommandHandler
    void handle(DecideReview command, MerchantNumbers merchantNumbers, ApplicantQuota quota) {
        if (status != ApplicationStatus.MANUAL_REVIEW) {
            throw new ApplicationStateException(status, "Only an application in MANUAL_REVIEW can be decided; it is "
                    + status + ".");
        }
        apply(new ApplicationReviewDecided(applicationId, round, command.decision(), command.reasons(),
                command.reviewer(), command.decidedAt()));
        switch (command.decision()) {
            case APPROVE -> approve(command.decidedAt(), merchantNumbers, quota);
            case RETURN -> apply(new ApplicationReturned(applicationId, round, command.reasons(), command.decidedAt()));
            case REJECT -> reject(command.reasons(), command.decidedAt(), quota);
        }
    }

    /** O8: an applicant with as many merchants as allowed gets no further one: the application is rejected. */
    private void approve(Instant at, MerchantNumbers merchantNumbers, ApplicantQuota quota) {
        if (applicantKey != null && !quota.addMerchant(applicantKey)) {
            reject(MERCHANT_LIMIT, at, quota);
            return;
        }
        MerchantNo merchantNo = merchantNumbers.allocate(details.mcc());
        apply(new ApplicationApproved(applicationId, round, merchantNo, details, at));
    }

    /** A rejected application no longer counts against its applicant's limit (O8). */
    private void reject(List<Reason> reasons, Instant at, ApplicantQuota quota) {
        if (applicantKey != null) {
            quota.releaseApplication(applicantKey);
        }
        apply(new ApplicationRejected(applicationId, round, reasons, at));
    }

    /**
     * K10: an ENTERPRISE application's corporate account is verified by micro-deposit while the round is
     * under review; kyc-service compares the stated amount with the one it sent.
     */
    @CommandHandler
    void handle(AnswerMicroDeposit command) {
        if (status != ApplicationStatus.UNDER_REVIEW
                || details.settlementAccount().accountType() != io.posflow.contracts.onboarding.AccountType.CORPORATE) {
            throw new ApplicationStateException(status,
                    "Only an application with a corporate account under review takes a micro-deposit answer");
        }
        apply(new MicroDepositAnswered(applicationId, round, command.amountFen(), command.answeredAt()));
    }

    private boolean awaitsVerdictFor(int verdictRound) {
        return status == ApplicationStatus.UNDER_REVIEW && verdictRound == round;
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        this.applicationId = event.applicationId();
        this.round = event.round();
        this.details = event.details();
        this.applicantKey = event.applicantKey();
        this.status = ApplicationStatus.UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(ApplicationResubmitted event) {
        this.round = event.round();
        this.details = event.details();
        this.status = ApplicationStatus.UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(ApplicationApproved event) {
        this.status = ApplicationStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ApplicationReturned event) {
        this.status = ApplicationStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(ApplicationRejected event) {
        this.status = ApplicationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ApplicationInManualReview event) {
        this.status = ApplicationStatus.MANUAL_REVIEW;
    }
}
