package io.posflow.kyc.usecase;

import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.kyc.domain.checks.MicroDepositVerification;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.AwaitMicroDeposit;
import io.posflow.kyc.domain.kyccase.DecideKycCase;
import io.posflow.kyc.domain.kyccase.Finding;
import io.posflow.kyc.domain.kyccase.KycCaseId;
import io.posflow.kyc.domain.kyccase.KycCaseStatus;
import io.posflow.kyc.domain.kyccase.KycCheck;
import io.posflow.kyc.domain.kyccase.KycOutcome;
import io.posflow.kyc.domain.kyccase.KycVerdict;
import io.posflow.kyc.domain.kyccase.MicroDepositTerms;
import io.posflow.kyc.domain.kyccase.SubjectType;
import io.posflow.kyc.readmodel.state.CaseFile;
import io.posflow.kyc.readmodel.state.CaseFileRepository;
import io.posflow.kyc.readmodel.state.KycCaseView;
import io.posflow.kyc.readmodel.state.KycCaseViewRepository;
import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkHandler;
import io.posflow.platform.duework.DueWorkOutcome;
import io.posflow.platform.duework.DueWorkScheduler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Runs a case's checks and decides it, as persistent due work scheduled when the case opens: a crash
 * between opening and deciding loses nothing, and a check that throws (a provider is down) leaves the
 * item to be retried with back-off. The command joins the due-work transaction, so the decision and
 * the item's removal commit together.
 *
 * <p>K10: a corporate account whose other checks did not fail is sent its micro-deposit here (a payout
 * without answer throws, so it is retried like a provider outage); the case then waits for the merchant's
 * answer, and {@link MicroDepositExpiryWork} is scheduled for the end of the answer window.
 */
@Component
public class KycDecisionWork implements DueWorkHandler {

    /** Due-work kind; the key and the payload are the case id. */
    public static final String KIND = "kyc.decide";

    private final CaseFileRepository caseFiles;
    private final SubjectSealing sealing;
    private final KycCaseViewRepository cases;
    private final List<KycCheck> checks;
    private final CommandGateway commands;
    private final Clock clock;
    private final MicroDepositVerification microDeposits;
    private final DueWorkScheduler scheduler;
    private final MicroDepositTerms microDepositTerms;

    public KycDecisionWork(CaseFileRepository caseFiles, SubjectSealing sealing, KycCaseViewRepository cases,
                           List<KycCheck> checks, CommandGateway commands, Clock clock,
                           MicroDepositVerification microDeposits, DueWorkScheduler scheduler, MicroDepositTerms microDepositTerms) {
        this.caseFiles = caseFiles;
        this.sealing = sealing;
        this.cases = cases;
        this.checks = List.copyOf(checks);
        this.commands = commands;
        this.clock = clock;
        this.microDeposits = microDeposits;
        this.scheduler = scheduler;
        this.microDepositTerms = microDepositTerms;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DueWorkOutcome run(DueWork work) {
        KycCaseId caseId = new KycCaseId(work.payload());
        KycCaseView view = cases.findById(caseId.value())
                .orElseThrow(() -> new IllegalStateException("No KYC case " + caseId + " to decide"));
        if (view.status() != KycCaseStatus.OPEN) {
            return DueWorkOutcome.done(); // decided meanwhile (e.g. by ops): nothing left to do
        }
        ApplicationDossier dossier = caseFiles.findById(caseId.value()).map(CaseFile::dossier)
                .map(stored -> stored.forChecks(sealing))
                .orElseThrow(() -> new IllegalStateException("No case file for KYC case " + caseId));
        boolean accountChange = view.subjectType() == SubjectType.ACCOUNT_CHANGE;
        List<Finding> findings = checks.stream().filter(check -> !accountChange || check.checksAccountChanges())
                .flatMap(check -> check.check(dossier).stream()).toList();
        KycVerdict verdict = KycVerdict.of(findings);
        if (verdict.outcome() != KycOutcome.FAIL && microDeposits.needed(dossier)) {
            long amountFen = microDeposits.send(caseId, dossier);
            Instant sentAt = clock.instant();
            Instant answerBy = sentAt.plus(microDepositTerms.answerWindow());
            commands.sendAndWait(new AwaitMicroDeposit(caseId, amountFen, sentAt, answerBy, verdict.reasons()));
            scheduler.schedule(MicroDepositExpiryWork.KIND, caseId.value(), answerBy, caseId.value());
            return DueWorkOutcome.done();
        }
        commands.sendAndWait(DecideKycCase.from(caseId, verdict, clock.instant()));
        return DueWorkOutcome.done();
    }
}
