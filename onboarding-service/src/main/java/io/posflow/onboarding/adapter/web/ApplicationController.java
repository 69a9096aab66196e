package io.posflow.onboarding.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.reasons.Reason;
import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.application.ApplicationStateException;
import io.posflow.onboarding.domain.application.ApplicationStatus;
import io.posflow.onboarding.readmodel.state.ApplicationView;
import io.posflow.onboarding.readmodel.state.ApplicationViewRepository;
import io.posflow.onboarding.usecase.intake.ApplicationForm;
import io.posflow.onboarding.usecase.intake.ApplicationIntake;
import io.posflow.onboarding.usecase.intake.IntakeOutcome;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Applications (进件): submit one, follow its status, resubmit a returned one (architecture §5). */
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ApplicationIntake intake;
    private final ApplicationViewRepository views;

    ApplicationController(ApplicationIntake intake, ApplicationViewRepository views) {
        this.intake = intake;
        this.views = views;
    }

    /**
     * Accepts an application for review, or answers 422 with every format problem at once. With an
     * {@code Idempotency-Key} (a UUID) the key becomes the application id, so a client that repeats the
     * request after a lost answer gets the same application back instead of a second one. Partner banks
     * apply through Kafka, not here.
     */
    @PostMapping
    ResponseEntity<ApplicationAccepted> submit(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                               @RequestBody ApplicationForm form) {
        if (Channel.PARTNER_BANK.name().equals(form.channel())) {
            throw new ApplicationInvalidException(List.of(new FieldProblem("channel", GenericProblemCodes.INVALID_INPUT,
                    "PARTNER_BANK applications arrive on partner-bank.applications.v1, signed by the bank")));
        }
        ApplicationId id = key == null ? ApplicationId.of(UUID.randomUUID()) : fromIdempotencyKey(key);
        return answer(intake.submit(id, form, null));
    }

    @GetMapping("/{applicationId}")
    ApplicationResponse get(@PathVariable String applicationId) {
        return ApplicationResponse.of(view(applicationId));
    }

    /**
     * O7: a RETURNED application, corrected: {@code {materials, …changed fields}}. Checked in full again;
     * 409 when the application is not RETURNED.
     */
    @PostMapping("/{applicationId}/resubmissions")
    ResponseEntity<ApplicationAccepted> resubmit(@PathVariable String applicationId, @RequestBody JsonNode changes) {
        if (!(changes instanceof ObjectNode object)) {
            throw new ApplicationInvalidException(List.of(new FieldProblem("", GenericProblemCodes.INVALID_INPUT,
                    "must be a JSON object of the fields that change")));
        }
        ApplicationView view = view(applicationId);
        try {
            return answer(intake.resubmit(new ApplicationId(view.applicationId()), object)
                    .orElseThrow(ApplicationNotFoundException::new));
        } catch (ApplicationStateException e) {
            throw new ApplicationConflictException(e.getMessage(), e.status());
        }
    }

    private ApplicationView view(String applicationId) {
        return views.findById(applicationId.toLowerCase(Locale.ROOT)).orElseThrow(ApplicationNotFoundException::new);
    }

    private static ResponseEntity<ApplicationAccepted> answer(IntakeOutcome outcome) {
        if (outcome instanceof IntakeOutcome.Refused refused) {
            throw new ApplicationInvalidException(refused.problems());
        }
        IntakeOutcome.Accepted accepted = (IntakeOutcome.Accepted) outcome;
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new ApplicationAccepted(accepted.applicationId(), accepted.status()));
    }

    private static ApplicationId fromIdempotencyKey(String key) {
        String id = key.trim().toLowerCase(Locale.ROOT);
        if (!ApplicationId.isValid(id)) {
            throw new IdempotencyKeyInvalidException();
        }
        return new ApplicationId(id);
    }

    record ApplicationAccepted(String applicationId, ApplicationStatus status) {
    }

    /** @param merchantNo null until the application is approved */
    record ApplicationResponse(String applicationId, ApplicationStatus status, int round, List<Reason> reasons,
                               String merchantNo) {

        static ApplicationResponse of(ApplicationView view) {
            return new ApplicationResponse(view.applicationId(), view.status(), view.round(), view.reasons(),
                    view.merchantNo());
        }
    }
}
