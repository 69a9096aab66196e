package io.posflow.onboarding.web;

import io.posflow.contracts.reasons.Reason;
import io.posflow.onboarding.application.ApplicationId;
import io.posflow.onboarding.application.ApplicationStatus;
import io.posflow.onboarding.application.SubmitApplication;
import io.posflow.onboarding.messaging.inbound.KycVerificationsHandler;
import io.posflow.onboarding.query.ApplicationView;
import io.posflow.onboarding.query.ApplicationViewRepository;
import io.posflow.platform.messaging.inbound.InboundDispatcher;
import io.posflow.platform.problem.FieldProblem;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Applications (进件): submit one, follow its status (DESIGN §5). */
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ApplicationRequests requests;
    private final ApplicationViewRepository views;
    private final CommandGateway commands;
    private final InboundDispatcher inbound;
    private final Clock clock;

    ApplicationController(ApplicationRequests requests, ApplicationViewRepository views, CommandGateway commands,
                          InboundDispatcher inbound, Clock clock) {
        this.requests = requests;
        this.views = views;
        this.commands = commands;
        this.inbound = inbound;
        this.clock = clock;
    }

    /**
     * Accepts an application for review. With an {@code Idempotency-Key} (a UUID) the key becomes the
     * application id, so a client that repeats the request after a lost answer gets the same application
     * back instead of a second one.
     */
    @PostMapping
    ResponseEntity<ApplicationAccepted> submit(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                               @RequestBody SubmitApplicationRequest request) {
        List<FieldProblem> problems = requests.problems(request);
        if (!problems.isEmpty()) {
            throw new ApplicationInvalidException(problems);
        }
        ApplicationId id = key == null ? ApplicationId.of(UUID.randomUUID()) : fromIdempotencyKey(key);
        Optional<ApplicationView> repeated = views.findById(id.value());
        if (repeated.isPresent()) {
            return accepted(repeated.get());
        }
        try {
            commands.sendAndWait(new SubmitApplication(id, requests.details(request), clock.instant()));
        } catch (AggregateStreamCreationException repeatedConcurrently) {
            return accepted(views.findById(id.value()).orElseThrow(() -> repeatedConcurrently));
        }
        // A KYC verdict may have overtaken the submission: apply what waited for it.
        inbound.referenceArrived(KycVerificationsHandler.applicationReference(id));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new ApplicationAccepted(id.value(), ApplicationStatus.UNDER_REVIEW));
    }

    @GetMapping("/{applicationId}")
    ApplicationResponse get(@PathVariable String applicationId) {
        return views.findById(applicationId.toLowerCase(Locale.ROOT))
                .map(ApplicationResponse::of)
                .orElseThrow(ApplicationNotFoundException::new);
    }

    private static ApplicationId fromIdempotencyKey(String key) {
        String id = key.trim().toLowerCase(Locale.ROOT);
        if (!ApplicationId.isValid(id)) {
            throw new IdempotencyKeyInvalidException();
        }
        return new ApplicationId(id);
    }

    private static ResponseEntity<ApplicationAccepted> accepted(ApplicationView view) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new ApplicationAccepted(view.applicationId(), view.status()));
    }

    record ApplicationAccepted(String applicationId, ApplicationStatus status) {
    }

    /** @param merchantNo null until the application is approved */
    record ApplicationResponse(String applicationId, ApplicationStatus status, List<Reason> reasons,
                               String merchantNo) {

        static ApplicationResponse of(ApplicationView view) {
            return new ApplicationResponse(view.applicationId(), view.status(), view.reasons(), view.merchantNo());
        }
    }
}
