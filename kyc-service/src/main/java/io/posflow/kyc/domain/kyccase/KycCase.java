package io.posflow.kyc.domain.kyccase;

import io.posflow.contracts.reasons.ReasonCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One KYC case per application round or account change (architecture §2). Opened once, decided once; the
 * checks run outside (they call slow providers) and hand their verdict in with {@link DecideKycCase}. A
 * corporate account (K10) is confirmed by micro-deposit first: the case waits for the merchant's answer, which
 * decides it — right, the verdict of the other checks; three wrong or none in time, FAILED
 * {@code ACCOUNT_NOT_VERIFIED}.
 */
@Aggregate
public class KycCase {

    @AggregateIdentifier
    private KycCaseId caseId;
    private SubjectType subjectType;
    private String subjectId;
    private int round;
    private KycCaseStatus status;
    private long microDepositFen;
    private Instant answerBy;
    private List<KycReason> referrals = List.of();
    private int wrongAnswers;

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

    /** K10: from OPEN only; the same micro-deposit recorded again (a retried decision) changes nothing. */
    @CommandHandler
    public void handle(AwaitMicroDeposit command) {
        if (status == KycCaseStatus.MICRO_DEPOSIT_SENT) {
            return;
        }
        if (status != KycCaseStatus.OPEN) {
            throw new KycCaseAlreadyDecidedException(caseId, status);
        }
        apply(new MicroDepositSent(caseId, command.amountFen(), command.sentAt(), command.answerBy(),
                command.referrals()));
    }

    /**
     * K10: answers count only while the case waits for one; an answer after the window closed fails the
     * case like the expiry would. Others (before the deposit was sent, after the decision) change nothing.
     */
    @CommandHandler
    public void handle(AnswerMicroDeposit command) {
        if (status != KycCaseStatus.MICRO_DEPOSIT_SENT) {
            return;
        }
        if (!command.answeredAt().isBefore(answerBy)) {
            expired(command.answeredAt());
        } else if (command.amountFen() == microDepositFen) {
            apply(new MicroDepositConfirmed(caseId, command.answeredAt()));
            if (referrals.isEmpty()) {
                apply(new KycCasePassed(caseId, subjectType, subjectId, round, command.answeredAt()));
            } else {
                apply(new KycCaseReferred(caseId, subjectType, subjectId, round, referrals, command.answeredAt()));
            }
        } else {
            apply(new MicroDepositAnswerWrong(caseId, wrongAnswers + 1, command.answeredAt()));
            if (wrongAnswers >= command.maxWrongAnswers()) {
                apply(new KycCaseFailed(caseId, subjectType, subjectId, round, List.of(new KycReason(
                        ReasonCode.ACCOUNT_NOT_VERIFIED, "The micro-deposit amount was stated wrongly "
                        + wrongAnswers + " times.")), command.answeredAt()));
            }
        }
    }

    /** K10: no right answer within the window (config, from the injected clock). */
    @CommandHandler
    public void handle(ExpireMicroDeposit command) {
        if (status == KycCaseStatus.MICRO_DEPOSIT_SENT && !command.at().isBefore(answerBy)) {
            expired(command.at());
        }
    }

    private void expired(Instant at) {
        apply(new KycCaseFailed(caseId, subjectType, subjectId, round, List.of(new KycReason(
                ReasonCode.ACCOUNT_NOT_VERIFIED, "The micro-deposit was not confirmed in time.")), at));
    }

    @EventSourcingHandler
    void on(MicroDepositSent event) {
        status = KycCaseStatus.MICRO_DEPOSIT_SENT;
        microDepositFen = event.amountFen();
        answerBy = event.answerBy();
        referrals = event.referrals() == null ? List.of() : List.copyOf(event.referrals());
    }

    @EventSourcingHandler
    void on(MicroDepositAnswerWrong event) {
        wrongAnswers = event.wrongAnswers();
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
