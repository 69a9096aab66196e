package io.posflow.onboarding.adapter.web;

import io.posflow.onboarding.domain.application.AnswerMicroDeposit;
import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.application.ApplicationStateException;
import io.posflow.onboarding.readmodel.state.ApplicationView;
import io.posflow.onboarding.readmodel.state.ApplicationViewRepository;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Locale;

/** K10: an ENTERPRISE applicant confirms the micro-deposit its corporate account received. */
@RestController
class ApplicationMicroDepositController {

    private final ApplicationViewRepository views;
    private final CommandGateway commands;
    private final Clock clock;

    ApplicationMicroDepositController(ApplicationViewRepository views, CommandGateway commands, Clock clock) {
        this.views = views;
        this.commands = commands;
        this.clock = clock;
    }

    /** {@code {amountFen}} → 202 with the application's status; 409 when it has no corporate account under review. */
    @PostMapping("/api/v1/applications/{applicationId}/micro-deposit")
    ResponseEntity<ApplicationController.ApplicationAccepted> answer(@PathVariable String applicationId,
                                                                     @RequestBody MicroDepositAnswer answer) {
        ApplicationView view = views.findById(applicationId.toLowerCase(Locale.ROOT))
                .orElseThrow(ApplicationNotFoundException::new);
        long amountFen = answer.validAmountFen();
        try {
            commands.sendAndWait(new AnswerMicroDeposit(new ApplicationId(view.applicationId()), amountFen,
                    clock.instant()));
        } catch (ApplicationStateException e) {
            throw new ApplicationConflictException(e.getMessage(), e.status());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new ApplicationController.ApplicationAccepted(view.applicationId(), view.status()));
    }
}
