package io.posflow.onboarding.adapter.messaging.inbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.PartnerBankAttestation;
import io.posflow.contracts.partnerbank.PartnerBankApplication;
import io.posflow.contracts.partnerbank.PartnerBankApplicationSubmitted;
import io.posflow.contracts.partnerbank.PartnerBankHeaders;
import io.posflow.contracts.reasons.FieldError;
import io.posflow.contracts.schema.EventSchemas;
import io.posflow.contracts.topics.Topics;
import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.partnerbank.BankReference;
import io.posflow.onboarding.usecase.PartnerBankFeedback;
import io.posflow.onboarding.usecase.intake.ApplicationForm;
import io.posflow.onboarding.usecase.intake.ApplicationIntake;
import io.posflow.onboarding.usecase.intake.IntakeOutcome;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import io.posflow.platform.problem.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Signed applications from partner banks (architecture §4 delivery rules, §5, O4, K9; ADR 14).
 * <ul>
 *   <li>A missing or bad signature, an unknown key, an unreadable message, a bank code that is not the
 *       signer's or a key that is not the payload's {@code bankCode:bankReference} → the DLT at once, and an
 *       ApplicationRefused when the record's key names a registered bank. That refusal is recorded in a
 *       transaction of its own before the inbox transaction rolls back.</li>
 *   <li>Format problems (the synchronous checks of every channel) → ApplicationRefused listing every field
 *       and code, recorded with the inbox row; not the DLT.</li>
 *   <li>Otherwise the application is submitted under an id derived from {@code bankCode:bankReference}, so a
 *       redelivery or a repetition names the same application, and each accepted message gets its
 *       ApplicationReceived.</li>
 * </ul>
 * The bank's payload carries personal data in clear: nothing of it is logged or quoted in errors.
 */
@Component
public class PartnerBankApplicationsConsumer implements InboundMessageHandler {

    private static final Logger log = LoggerFactory.getLogger(PartnerBankApplicationsConsumer.class);
    private static final String TYPE = EventCatalogue.byClass(PartnerBankApplicationSubmitted.class).ceType();
    private static final String WHOLE_MESSAGE = "$";

    private final IntegrationEventCodec codec;
    private final EventSchemas schemas = EventSchemas.load();
    private final PartnerSignatures signatures;
    private final PartnerKeyRegistry registry;
    /** Looked up when needed: the intake depends on the inbound dispatcher, which depends on this handler. */
    private final ObjectProvider<ApplicationIntake> intake;
    private final PartnerBankFeedback feedback;
    private final PartnerBankMetrics metrics;
    private final TransactionTemplate separately;

    public PartnerBankApplicationsConsumer(IntegrationEventCodec codec, PartnerSignatures signatures,
                                           PartnerKeyRegistry registry, ObjectProvider<ApplicationIntake> intake,
                                           PartnerBankFeedback feedback, PartnerBankMetrics metrics,
                                           PlatformTransactionManager transactions) {
        this.codec = codec;
        this.signatures = signatures;
        this.registry = registry;
        this.intake = intake;
        this.feedback = feedback;
        this.metrics = metrics;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.PARTNER_BANK_APPLICATIONS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        // Whom a refusal goes to before the payload can be trusted: the bank the record's key names.
        Optional<BankReference> addressee = BankReference.parse(message.key())
                .filter(bank -> registry.isRegistered(bank.bankCode()));
        String signer = signer(message, addressee);
        PartnerBankApplicationSubmitted submitted = read(message, addressee);
        if (!signer.equals(submitted.bankCode())) {
            throw refusedToDlt(message, addressee, "SIGNER_MISMATCH", "bankCode",
                    "The bank code is not that of the bank whose key signed the message.");
        }
        BankReference bank = new BankReference(submitted.bankCode(), submitted.bankReference());
        if (!bank.key().equals(message.key())) {
            throw refusedToDlt(message, addressee, "KEY_MISMATCH", WHOLE_MESSAGE,
                    "The record's key is not the message's bankCode:bankReference.");
        }
        submit(message, bank, submitted);
    }

    /** architecture §5: the signature over the value bytes, by a registered key; the signer's bank code. */
    private String signer(InboundMessage message, Optional<BankReference> addressee) {
        PartnerSignatures.Verification verification = signatures.verify(message.value(),
                message.headers().get(PartnerBankHeaders.KEY_ID), message.headers().get(PartnerBankHeaders.SIGNATURE));
        if (verification instanceof PartnerSignatures.Rejected rejected) {
            throw refusedToDlt(message, addressee, rejected.code(), WHOLE_MESSAGE, rejected.message());
        }
        return ((PartnerSignatures.Verified) verification).bankCode();
    }

    /** The signed value as the published schema has it; a {@code ce_type}, when given, must name it. */
    private PartnerBankApplicationSubmitted read(InboundMessage message, Optional<BankReference> addressee) {
        if (message.type() != null && !TYPE.equals(message.type())) {
            throw refusedToDlt(message, addressee, "UNKNOWN_TYPE", WHOLE_MESSAGE,
                    "ce_type, when given, is " + TYPE + ".");
        }
        try {
            return (PartnerBankApplicationSubmitted) codec.read(TYPE, message.value());
        } catch (IntegrationEventCodec.UnreadableEventException e) {
            List<FieldError> errors = "SCHEMA_VIOLATION".equals(e.code())
                    ? violations(message.value())
                    : List.of();
            if (errors.isEmpty()) {
                errors = List.of(new FieldError(WHOLE_MESSAGE, e.code(), e.getMessage()));
            }
            throw refusedToDlt(message, addressee, e.code(), errors, e.getMessage());
        }
    }

    /**
     * O4, K9: the application as a PARTNER_BANK form with the bank's attestation, through the same checks as
     * REST. The receipt is stored before the application's own events, so ApplicationReceived precedes the
     * first ApplicationStatusChanged on the bank's key. Both commit together in a transaction of their own:
     * a refused form rolls it back (a refusal may leave it marked rollback-only) and its refusal is recorded
     * with the inbox row instead.
     */
    private void submit(InboundMessage message, BankReference bank, PartnerBankApplicationSubmitted submitted) {
        ApplicationId id = bank.applicationId();
        ApplicationForm form = form(submitted.application());
        PartnerBankAttestation attestation = new PartnerBankAttestation(submitted.bankCode(),
                submitted.bankReference(), submitted.branchCode(), submitted.staffId(), submitted.verifiedInPersonAt());
        IntakeOutcome outcome = separately.execute(status -> {
            feedback.received(bank, id);
            IntakeOutcome o = intake.getObject().submit(id, form, attestation);
            if (o instanceof IntakeOutcome.Refused) {
                status.setRollbackOnly();
            }
            return o;
        });
        if (outcome instanceof IntakeOutcome.Refused refused) {
            List<FieldError> errors = refused.problems().stream()
                    .map(PartnerBankApplicationsConsumer::fieldError).toList();
            feedback.refused(bank, message.messageId(), errors);
            log.info("Refused partner-bank application {} ({}): {}", bank, message.origin(), codes(errors));
            afterCommit(() -> metrics.refused("FORMAT"));
        } else {
            afterCommit(metrics::accepted);
        }
    }

    private UnreadableMessageException refusedToDlt(InboundMessage message, Optional<BankReference> addressee,
                                                    String code, String field, String reason) {
        return refusedToDlt(message, addressee, code, List.of(new FieldError(field, code, reason)), reason);
    }

    /** Records the refusal now, in its own transaction; the caller throws, and the record goes to the DLT. */
    private UnreadableMessageException refusedToDlt(InboundMessage message, Optional<BankReference> addressee,
                                                    String code, List<FieldError> errors, String reason) {
        boolean count = addressee.map(bank -> feedback.refusedAlone(bank, message.messageId(), errors)).orElse(true);
        log.info("Refused partner-bank message {} to the DLT ({}): {}", message.origin(),
                addressee.map(bank -> "refusal to " + bank).orElse("no refusal: its key names no registered bank"),
                codes(errors));
        if (count) {
            metrics.refused(code);
        }
        return new UnreadableMessageException(code, reason);
    }

    /**
     * One error per schema violation, at its location: {@code $.application.mcc: does not match …} →
     * field {@code application.mcc}. Violations name the rule, never the value.
     */
    private List<FieldError> violations(byte[] value) {
        return schemas.validate(TYPE, value).stream().map(v -> {
            int colon = v.indexOf(": ");
            String location = colon < 0 ? WHOLE_MESSAGE : v.substring(0, colon);
            String text = colon < 0 ? v : v.substring(colon + 2);
            String field = location.startsWith("$.") ? location.substring(2) : WHOLE_MESSAGE;
            return new FieldError(field, "SCHEMA_VIOLATION", text);
        }).toList();
    }

    /** Fields and codes only: what is safe to log. */
    private static List<String> codes(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.code()).toList();
    }

    /** A form problem's field, as a path in the bank's message: {@code application.applicant.idNumber}. */
    private static FieldError fieldError(FieldProblem problem) {
        String field = problem.field() == null || problem.field().isBlank()
                ? "application" : "application." + problem.field();
        return new FieldError(field, problem.code(), problem.message());
    }

    private static ApplicationForm form(PartnerBankApplication a) {
        PartnerBankApplication.Applicant applicant = a.applicant();
        PartnerBankApplication.SettlementAccount account = a.settlementAccount();
        PartnerBankApplication.BusinessLicence licence = a.businessLicence();
        return new ApplicationForm(
                Channel.PARTNER_BANK.name(),
                name(a.applicantType()),
                a.merchantName(),
                a.mcc(),
                a.businessAddress() == null ? null : new ApplicationForm.Address(a.businessAddress().province(),
                        a.businessAddress().city(), a.businessAddress().district(), a.businessAddress().street()),
                name(a.deviceModel()),
                name(a.settlementSpeed()),
                a.terminalSerialNumber(),
                applicant == null ? null : new ApplicationForm.Applicant(applicant.name(), applicant.idNumber(),
                        applicant.idValidUntil(), applicant.phone()),
                account == null ? null : new ApplicationForm.Account(name(account.accountType()), account.holderName(),
                        account.cardNumber(), account.bankName(), account.branchName(), account.reservedPhone()),
                licence == null ? null : new ApplicationForm.Licence(licence.uscc(), licence.validUntil(),
                        licence.legalRepresentative()),
                a.materials().stream().filter(Objects::nonNull).map(m -> new ApplicationForm.MaterialItem(
                        name(m.kind()), m.documentId())).toList(),
                a.agreement() == null ? null : new ApplicationForm.Agreement(a.agreement().signedName()),
                null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
