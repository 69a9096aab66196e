package io.posflow.kyc.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.Agreement;
import io.posflow.contracts.onboarding.Applicant;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.ApplicationRejected;
import io.posflow.contracts.onboarding.ApplicationResubmitted;
import io.posflow.contracts.onboarding.ApplicationSubmitted;
import io.posflow.contracts.onboarding.BusinessLicence;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.onboarding.MicroDepositAnswered;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.contracts.topics.Topics;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.KycCaseId;
import io.posflow.kyc.domain.kyccase.OpenKycCase;
import io.posflow.kyc.domain.kyccase.SealedField;
import io.posflow.kyc.domain.kyccase.SubjectType;
import io.posflow.kyc.readmodel.state.CaseFile;
import io.posflow.kyc.readmodel.state.CaseFileRepository;
import io.posflow.kyc.readmodel.state.KycCaseViewRepository;
import io.posflow.kyc.usecase.KycDecisionWork;
import io.posflow.kyc.usecase.MicroDepositAnswers;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.platform.pii.SubjectKeyVault;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code onboarding.applications.v1}: every submission and resubmission opens the case of its round and
 * schedules its decision; a micro-deposit answer (K10) goes to the round's case waiting for it. The rest of an
 * application's life (returned, approved, …) is onboarding's.
 */
@Component
public class OnboardingApplicationsConsumer implements InboundMessageHandler {

    private final IntegrationEventCodec codec;
    private final KycCaseViewRepository cases;
    private final CaseFileRepository caseFiles;
    private final SubjectSealing sealing;
    private final SubjectKeyVault subjects;
    private final CommandGateway commands;
    private final DueWorkScheduler scheduler;
    private final Clock clock;
    private final MicroDepositAnswers microDepositAnswers;

    public OnboardingApplicationsConsumer(IntegrationEventCodec codec, KycCaseViewRepository cases,
                                          CaseFileRepository caseFiles, SubjectSealing sealing,
                                          SubjectKeyVault subjects, CommandGateway commands,
                                          DueWorkScheduler scheduler, Clock clock,
                                          MicroDepositAnswers microDepositAnswers) {
        this.microDepositAnswers = microDepositAnswers;
        this.codec = codec;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.sealing = sealing;
        this.subjects = subjects;
        this.commands = commands;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** What a resubmission waits for when its application's first submission has not been seen. */
    public static String applicationReference(String applicationId) {
        return "application:" + applicationId;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ONBOARDING_APPLICATIONS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = message.event(codec);
        if (event instanceof ApplicationSubmitted submitted) {
            open(submitted.applicationId(), submitted.round(), dossier(submitted.applicantType(),
                    submitted.channel(), submitted.applicant(), submitted.settlementAccount(),
                    submitted.businessLicence(), submitted.agreement(), submitted.materials()));
            context.referenceArrived(applicationReference(submitted.applicationId()));
        } else if (event instanceof ApplicationRejected rejected) {
            // The relationship with the applicant ended: the archive duty runs from now (architecture §4).
            subjects.relationshipEnded(rejected.applicationId(), rejected.rejectedAt());
        } else if (event instanceof ApplicationResubmitted resubmitted) {
            // A resubmission before its submission (which may sit in the DLT, to be redriven) waits for it.
            if (!cases.existsBySubjectTypeAndSubjectId(SubjectType.APPLICATION, resubmitted.applicationId())) {
                throw new ReferenceNotYetKnownException(applicationReference(resubmitted.applicationId()));
            }
            open(resubmitted.applicationId(), resubmitted.round(), dossier(resubmitted.applicantType(),
                    resubmitted.channel(), resubmitted.applicant(), resubmitted.settlementAccount(),
                    resubmitted.businessLicence(), resubmitted.agreement(), resubmitted.materials()));
        } else if (event instanceof MicroDepositAnswered answered) {
            microDepositAnswers.apply(answered);
        }
    }

    private void open(String applicationId, int round, ApplicationDossier dossier) {
        KycCaseId caseId = KycCaseId.of(SubjectType.APPLICATION, applicationId, round);
        if (cases.existsById(caseId.value())) {
            return; // the same round again (re-published under a new ce_id): its case is open or decided
        }
        Instant now = clock.instant();
        // architecture §4: at rest the applicant's data is sealed under the application's own key (crypto-shreddable).
        caseFiles.save(new CaseFile(caseId, dossier.storedUnder(applicationId, sealing), now));
        commands.sendAndWait(new OpenKycCase(caseId, SubjectType.APPLICATION, applicationId, round, now));
        scheduler.schedule(KycDecisionWork.KIND, caseId.value(), now, caseId.value());
    }

    /** What the round's checks need, personal data still sealed as received (unsealed only inside a check). */
    static ApplicationDossier dossier(ApplicantType type, Channel channel, Applicant applicant,
                                      SettlementAccount account, BusinessLicence licence, Agreement agreement,
                                      List<Material> materials) {
        Map<SealedField, SealedValue> sealed = new EnumMap<>(SealedField.class);
        add(sealed, SealedField.APPLICANT_NAME, applicant.name());
        add(sealed, SealedField.APPLICANT_ID_NUMBER, applicant.idNumber());
        add(sealed, SealedField.APPLICANT_PHONE, applicant.phone());
        add(sealed, SealedField.ACCOUNT_HOLDER_NAME, account.holderName());
        add(sealed, SealedField.ACCOUNT_NUMBER, account.cardNumber());
        add(sealed, SealedField.RESERVED_PHONE, account.reservedPhone());
        add(sealed, SealedField.LEGAL_REPRESENTATIVE, licence == null ? null : licence.legalRepresentative());
        add(sealed, SealedField.AGREEMENT_SIGNED_NAME, agreement.signedName());
        return new ApplicationDossier(type, channel, account.accountType(), sealed, materials);
    }

    private static void add(Map<SealedField, SealedValue> sealed, SealedField field, SealedValue value) {
        if (value != null && !value.sealed().isBlank() && !value.keyId().isBlank()) {
            sealed.put(field, value);
        }
    }
}
