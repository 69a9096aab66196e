package io.posflow.onboarding.usecase.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.onboarding.PartnerBankAttestation;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.application.ApplicationDetails;
import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.application.ApplicationLimitReachedException;
import io.posflow.onboarding.domain.application.ApplicationStateException;
import io.posflow.onboarding.domain.application.ApplicationStatus;
import io.posflow.onboarding.domain.application.ResubmitApplication;
import io.posflow.onboarding.domain.application.SubmitApplication;
import io.posflow.onboarding.readmodel.state.ApplicationView;
import io.posflow.onboarding.readmodel.state.ApplicationViewRepository;
import io.posflow.platform.messaging.inbound.InboundDispatcher;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where every application enters, from the REST API or a partner bank: the synchronous checks (O2–O4, O8,
 * K1–K3, K6, K8), sealing, the blacklist (O7), then the command. A form with problems is refused with all
 * of them; a repeated submission (same application id) answers with the application as it stands.
 */
public class ApplicationIntake {

    /** Submissions and resubmissions by channel and outcome (accepted, rejected_at_once, refused). */
    static final String SUBMISSIONS = "posflow.applications.intake";
    /** Each distinct problem code of a refused form. */
    static final String PROBLEMS = "posflow.applications.intake.problems";

    private final BusinessDay businessDay;
    private final ApplicationFormChecks checks;
    private final ApplicationSealer sealer;
    private final ApplicantKeys applicantKeys;
    private final Blacklist blacklist;
    private final ApplicationViewRepository views;
    private final CommandGateway commands;
    private final InboundDispatcher inbound;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    public ApplicationIntake(ApplicationFormChecks checks, ApplicationSealer sealer, ApplicantKeys applicantKeys,
                             Blacklist blacklist, ApplicationViewRepository views, CommandGateway commands,
                             InboundDispatcher inbound, ObjectMapper json, Clock clock, MeterRegistry meters,
                             BusinessDay businessDay) {
        this.businessDay = businessDay;
        this.checks = checks;
        this.sealer = sealer;
        this.applicantKeys = applicantKeys;
        this.blacklist = blacklist;
        this.views = views;
        this.commands = commands;
        this.inbound = inbound;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    /** @param partnerBank who vouched for a PARTNER_BANK form, else null */
    public IntakeOutcome submit(ApplicationId id, ApplicationForm form, PartnerBankAttestation partnerBank) {
        Optional<ApplicationView> repeated = views.findById(id.value());
        if (repeated.isPresent()) {
            return accepted(repeated.get());
        }
        Instant now = clock.instant();
        List<FieldProblem> problems = checks.problems(form, businessDate(now));
        if (!problems.isEmpty()) {
            return refused(form.channel(), problems);
        }
        ApplicationDetails details = sealer.seal(form, partnerBank, id.value());
        String applicantKey = applicantKeys.of(form.applicant().idNumber());
        boolean blacklisted = blacklist.covers(applicantKey, uscc(form));
        try {
            commands.sendAndWait(new SubmitApplication(id, details, applicantKey, blacklisted, now));
        } catch (AggregateStreamCreationException repeatedConcurrently) {
            return accepted(views.findById(id.value()).orElseThrow(() -> repeatedConcurrently));
        } catch (ApplicationLimitReachedException limit) {
            return refused(form.channel(), List.of(new FieldProblem("applicant.idNumber",
                    ReasonCode.APPLICATION_LIMIT_REACHED.name(), ReasonCode.APPLICATION_LIMIT_REACHED.defaultMessage())));
        }
        // A KYC verdict may have overtaken the submission: apply what waited for it.
        inbound.referenceArrived(KycVerdictReferences.application(id));
        IntakeOutcome.Accepted accepted = accepted(views.findById(id.value()).orElseThrow());
        meters.counter(SUBMISSIONS, "channel", form.channel(), "outcome",
                accepted.status() == ApplicationStatus.REJECTED ? "rejected_at_once" : "accepted").increment();
        return accepted;
    }

    /**
     * O7: a RETURNED application, corrected. {@code changes} holds the top-level fields that change, each
     * replacing the one on file; its {@code materials} replace the materials of the same kinds and add new
     * kinds. The whole corrected form is checked again (K1, K2 at every resubmission); the ID number may
     * not change.
     *
     * @throws io.posflow.onboarding.domain.application.ApplicationStateException when the application is not RETURNED
     */
    public Optional<IntakeOutcome> resubmit(ApplicationId id, ObjectNode changes) {
        Optional<ApplicationView> view = views.findById(id.value());
        if (view.isEmpty()) {
            return Optional.empty();
        }
        if (view.get().status() != ApplicationStatus.RETURNED) {
            // The aggregate decides this again; answering early spares unsealing what will not be used.
            throw new ApplicationStateException(view.get().status(), "Only a RETURNED application can be resubmitted; it is "
                    + view.get().status() + ".");
        }
        ApplicationDetails detailsOnFile = view.get().details(json);
        ApplicationForm onFile = sealer.unseal(detailsOnFile);
        ApplicationForm corrected;
        try {
            corrected = json.treeToValue(merge(json.valueToTree(onFile), changes), ApplicationForm.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return Optional.of(new IntakeOutcome.Refused(List.of(new FieldProblem("", GenericProblemCodes.INVALID_INPUT,
                    "The changes do not fit the application's fields."))));
        }
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>(checks.problems(corrected, businessDate(now)));
        if (changes.has("channel") || changes.has("applicantType")) {
            problems.add(new FieldProblem(changes.has("channel") ? "channel" : "applicantType",
                    GenericProblemCodes.INVALID_INPUT, "cannot change on resubmission"));
        }
        String applicantKey = applicantKeys.of(onFile.applicant().idNumber());
        if (corrected.applicant() != null && corrected.applicant().idNumber() != null
                && !applicantKey.equals(applicantKeys.of(corrected.applicant().idNumber()))) {
            problems.add(new FieldProblem("applicant.idNumber", GenericProblemCodes.INVALID_INPUT,
                    "cannot change on resubmission: apply anew for another person"));
        }
        if (!problems.isEmpty()) {
            return Optional.of(refused(onFile.channel(), problems));
        }
        ApplicationDetails details = sealer.seal(corrected, detailsOnFile.partnerBank(), id.value());
        commands.sendAndWait(new ResubmitApplication(id, details, blacklist.covers(applicantKey, uscc(corrected)), now));
        return Optional.of(accepted(views.findById(id.value()).orElseThrow()));
    }

    /** Counts the refusal and each of its codes: which rules applicants trip over most. */
    private IntakeOutcome.Refused refused(String channel, List<FieldProblem> problems) {
        meters.counter(SUBMISSIONS, "channel", String.valueOf(channel), "outcome", "refused").increment();
        problems.stream().map(FieldProblem::code).distinct()
                .forEach(code -> meters.counter(PROBLEMS, "code", code).increment());
        return new IntakeOutcome.Refused(problems);
    }

    /** Top-level fields replace; materials merge by kind. */
    private ObjectNode merge(ObjectNode onFile, ObjectNode changes) {
        ObjectNode merged = onFile.deepCopy();
        changes.fields().forEachRemaining(field -> {
            if (!"materials".equals(field.getKey()) || !field.getValue().isArray()) {
                merged.set(field.getKey(), field.getValue());
                return;
            }
            Map<String, com.fasterxml.jackson.databind.JsonNode> byKind = new LinkedHashMap<>();
            onFile.withArray("materials").forEach(m -> byKind.put(m.path("kind").asText(), m));
            field.getValue().forEach(m -> byKind.put(m.path("kind").asText(), m));
            ArrayNode materials = merged.putArray("materials");
            byKind.values().forEach(materials::add);
        });
        return merged;
    }

    private static String uscc(ApplicationForm form) {
        return form.businessLicence() == null ? null : form.businessLicence().uscc();
    }

    /** The calendar date of a (re)submission in the business zone: ages (K1) and validity (K2, K6) count from it. */
    private LocalDate businessDate(Instant instant) {
        return LocalDate.ofInstant(instant, businessDay.zone());
    }

    private static IntakeOutcome.Accepted accepted(ApplicationView view) {
        return new IntakeOutcome.Accepted(view.applicationId(), Objects.requireNonNull(view.status()));
    }
}
