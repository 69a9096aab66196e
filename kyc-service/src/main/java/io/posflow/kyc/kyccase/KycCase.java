package io.posflow.kyc.kyccase;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One KYC case per application round or account change (DESIGN §2). Opened once, decided once; the
 * checks run outside (they call slow providers) and hand their verdict in with {@link DecideKycCase}.
 */
@Aggregate
public class KycCase {

    @AggregateIdentifier
    private KycCaseId caseId;
    private SubjectType subjectType;
    private String subjectId;
    private int round;
    private KycCaseStatus status;

    protected KycCase() {
    }

    /** Idempotent: the id is derived from the subject and round, so opening an open case is a redelivery. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenKycCase command) {
        if (status != null) {
            return;
        }
        apply(new KycCaseOpened(command.caseId(), command.subjectType(), command.subjectId(), command.round(),
                command.openedAt()));
    }

    @CommandHandler
    public void handle(DecideKycCase command) {
        if (status != KycCaseStatus.OPEN) {
            throw new KycCaseAlreadyDecidedException(caseId, status);
        }
        switch (command.outcome()) {
            case PASS -> apply(new KycCasePassed(caseId, subjectType, subjectId, round, command.decidedAt()));
            case FAIL -> apply(new KycCaseFailed(caseId, subjectType, subjectId, round, command.reasons(),
                    command.decidedAt()));
            case REFER -> apply(new KycCaseReferred(caseId, subjectType, subjectId, round, command.reasons(),
                    command.decidedAt()));
        }
    }

    @EventSourcingHandler
    void on(KycCaseOpened event) {
        caseId = event.caseId();
        subjectType = event.subjectType();
        subjectId = event.subjectId();
        round = event.round();
        status = KycCaseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(KycCasePassed event) {
        status = KycCaseStatus.PASSED;
    }

    @EventSourcingHandler
    void on(KycCaseFailed event) {
        status = KycCaseStatus.FAILED;
    }

    @EventSourcingHandler
    void on(KycCaseReferred event) {
        status = KycCaseStatus.NEEDS_REVIEW;
    }
}
