package io.posflow.kyc.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.MicroDepositAnswered;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementAccountChangeRequested;
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
import io.posflow.kyc.readmodel.state.KycCaseView;
import io.posflow.kyc.readmodel.state.KycCaseViewRepository;
import io.posflow.kyc.usecase.KycDecisionWork;
import io.posflow.kyc.usecase.MicroDepositAnswers;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code onboarding.merchants.v1}: a settlement account change (O10) opens a case of subject type
 * ACCOUNT_CHANGE (id {@code ACCOUNT_CHANGE:<changeId>:1}) and schedules its decision; a micro-deposit answer
 * (K10) goes to the change's case. Other merchant events are onboarding's and left alone.
 *
 * <p>The change names only the merchant's original application; who the account must belong to (name, ID
 * number, registered phone — sealed) comes from that application's latest case file. A change whose
 * application kyc has not seen yet waits, parked, for {@code application:<applicationId>}.
 */
@Component
public class OnboardingMerchantsConsumer implements InboundMessageHandler {

    /** What an account change carries over from its application: the applicant, not the old account. */
    private static final Set<SealedField> FROM_APPLICATION = Set.of(SealedField.APPLICANT_NAME,
            SealedField.APPLICANT_ID_NUMBER, SealedField.APPLICANT_PHONE, SealedField.LEGAL_REPRESENTATIVE,
            SealedField.AGREEMENT_SIGNED_NAME);

    private final IntegrationEventCodec codec;
    private final KycCaseViewRepository cases;
    private final CaseFileRepository caseFiles;
    private final SubjectSealing sealing;
    private final CommandGateway commands;
    private final DueWorkScheduler scheduler;
    private final Clock clock;
    private final MicroDepositAnswers microDepositAnswers;

    public OnboardingMerchantsConsumer(IntegrationEventCodec codec, KycCaseViewRepository cases,
                                       CaseFileRepository caseFiles, SubjectSealing sealing, CommandGateway commands,
                                       DueWorkScheduler scheduler, Clock clock,
                                       MicroDepositAnswers microDepositAnswers) {
        this.codec = codec;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.sealing = sealing;
        this.commands = commands;
        this.scheduler = scheduler;
        this.clock = clock;
        this.microDepositAnswers = microDepositAnswers;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ONBOARDING_MERCHANTS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = message.event(codec);
        if (event instanceof SettlementAccountChangeRequested change) {
            open(change);
        } else if (event instanceof MicroDepositAnswered answered) {
            microDepositAnswers.apply(answered);
        }
    }

    private void open(SettlementAccountChangeRequested change) {
        KycCaseId caseId = KycCaseId.of(SubjectType.ACCOUNT_CHANGE, change.changeId(), 1);
        if (cases.existsById(caseId.value())) {
            return; // delivered again: its case is open or decided
        }
        KycCaseView application = cases.findFirstBySubjectTypeAndSubjectIdOrderByRoundDesc(SubjectType.APPLICATION,
                        change.applicationId())
                .orElseThrow(() -> new ReferenceNotYetKnownException(
                        OnboardingApplicationsConsumer.applicationReference(change.applicationId())));
        ApplicationDossier original = caseFiles.findById(application.caseId()).map(CaseFile::dossier)
                .orElseThrow(() -> new IllegalStateException("No case file for KYC case " + application.caseId()));
        Instant now = clock.instant();
        // architecture §4: the new account belongs to the same data subject as the application (ADR 17).
        caseFiles.save(new CaseFile(caseId, dossier(original, change).storedUnder(change.applicationId(), sealing),
                now));
        commands.sendAndWait(new OpenKycCase(caseId, SubjectType.ACCOUNT_CHANGE, change.changeId(), 1, now));
        scheduler.schedule(KycDecisionWork.KIND, caseId.value(), now, caseId.value());
    }

    /** The applicant of the original application with the new account and the change's materials, still sealed. */
    static ApplicationDossier dossier(ApplicationDossier original, SettlementAccountChangeRequested change) {
        Map<SealedField, SealedValue> sealed = new EnumMap<>(SealedField.class);
        original.sealedValues().forEach((field, value) -> {
            if (FROM_APPLICATION.contains(field)) {
                sealed.put(field, value);
            }
        });
        SettlementAccount account = change.settlementAccount();
        add(sealed, SealedField.ACCOUNT_HOLDER_NAME, account.holderName());
        add(sealed, SealedField.ACCOUNT_NUMBER, account.cardNumber());
        add(sealed, SealedField.RESERVED_PHONE, account.reservedPhone());
        return new ApplicationDossier(change.applicantType(), original.channel(), account.accountType(), sealed,
                change.materials());
    }

    private static void add(Map<SealedField, SealedValue> sealed, SealedField field, SealedValue value) {
        if (value != null && !value.sealed().isBlank() && !value.keyId().isBlank()) {
            sealed.put(field, value);
        }
    }
}
