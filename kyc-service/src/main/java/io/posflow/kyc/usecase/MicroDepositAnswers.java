package io.posflow.kyc.usecase;

import io.posflow.contracts.kyc.KycSubjectType;
import io.posflow.contracts.onboarding.MicroDepositAnswered;
import io.posflow.kyc.domain.kyccase.AnswerMicroDeposit;
import io.posflow.kyc.domain.kyccase.KycCaseId;
import io.posflow.kyc.domain.kyccase.KycCaseStatus;
import io.posflow.kyc.domain.kyccase.MicroDepositTerms;
import io.posflow.kyc.domain.kyccase.SubjectType;
import io.posflow.kyc.readmodel.state.KycCaseViewRepository;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * K10: a merchant's micro-deposit answer goes to the subject's case waiting for one. The case is found by
 * subject (the answer's {@code caseId} is onboarding's view of it); an answer no case waits for — sent before
 * the deposit, or after the decision — changes nothing. The amount is never logged.
 */
@Component
public class MicroDepositAnswers {

    private static final Logger log = LoggerFactory.getLogger(MicroDepositAnswers.class);

    private final KycCaseViewRepository cases;
    private final CommandGateway commands;
    private final MicroDepositTerms terms;

    public MicroDepositAnswers(KycCaseViewRepository cases, CommandGateway commands, MicroDepositTerms terms) {
        this.cases = cases;
        this.commands = commands;
        this.terms = terms;
    }

    public void apply(MicroDepositAnswered answer) {
        SubjectType type = answer.subjectType() == KycSubjectType.APPLICATION ? SubjectType.APPLICATION
                : SubjectType.ACCOUNT_CHANGE;
        cases.findFirstBySubjectTypeAndSubjectIdAndStatus(type, answer.subjectId(), KycCaseStatus.MICRO_DEPOSIT_SENT)
                .ifPresentOrElse(view -> commands.sendAndWait(new AnswerMicroDeposit(new KycCaseId(view.caseId()),
                                answer.amountFen(), answer.answeredAt(), terms.maxWrongAnswers())),
                        () -> log.info("A micro-deposit answer for {} {} found no case waiting for one; ignored",
                                type, answer.subjectId()));
    }
}
