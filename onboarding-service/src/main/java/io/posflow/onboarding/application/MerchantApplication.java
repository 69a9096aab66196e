package io.posflow.onboarding.application;

import io.posflow.onboarding.merchant.MerchantNo;
import io.posflow.onboarding.merchant.MerchantNumbers;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A merchant application (进件) from submission to its outcome (O7). KYC decides each round; a verdict
 * counts only for the current round and only while the application is under review, so late, repeated
 * or conflicting verdicts change nothing.
 */
@Aggregate
public class MerchantApplication {

    private static final int FIRST_ROUND = 1;

    @AggregateIdentifier
    private ApplicationId applicationId;
    private ApplicationStatus status;
    private int round;
    private ApplicationDetails details;

    protected MerchantApplication() {
        // for Axon
    }

    /** The KYC case is opened by kyc-service as soon as it reads the submission, so review starts at once. */
    @CommandHandler
    public MerchantApplication(SubmitApplication command) {
        apply(new ApplicationSubmitted(command.applicationId(), FIRST_ROUND, command.details(),
                command.submittedAt()));
    }

    /** O9: the merchant number is allocated only when the approval is really recorded. */
    @CommandHandler
    void handle(ApproveApplication command, MerchantNumbers merchantNumbers) {
        if (!awaitsVerdictFor(command.round())) {
            return;
        }
        MerchantNo merchantNo = merchantNumbers.allocate(details.mcc());
        apply(new ApplicationApproved(applicationId, round, merchantNo, details, command.approvedAt()));
    }

    @CommandHandler
    void handle(ReturnApplication command) {
        if (awaitsVerdictFor(command.round())) {
            apply(new ApplicationReturned(applicationId, round, command.reasons(), command.returnedAt()));
        }
    }

    @CommandHandler
    void handle(RejectApplication command) {
        if (awaitsVerdictFor(command.round())) {
            apply(new ApplicationRejected(applicationId, round, command.reasons(), command.rejectedAt()));
        }
    }

    @CommandHandler
    void handle(RouteToManualReview command) {
        if (awaitsVerdictFor(command.round())) {
            apply(new ApplicationInManualReview(applicationId, round, command.reasons(), command.referredAt()));
        }
    }

    private boolean awaitsVerdictFor(int verdictRound) {
        return status == ApplicationStatus.UNDER_REVIEW && verdictRound == round;
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        this.applicationId = event.applicationId();
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
