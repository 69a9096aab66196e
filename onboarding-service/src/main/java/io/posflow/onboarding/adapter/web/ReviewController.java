package io.posflow.onboarding.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.application.ApplicationStateException;
import io.posflow.onboarding.domain.application.ApplicationStatus;
import io.posflow.onboarding.domain.application.DecideReview;
import io.posflow.onboarding.domain.application.ReviewDecision;
import io.posflow.onboarding.readmodel.state.ApplicationView;
import io.posflow.onboarding.readmodel.state.ApplicationViewRepository;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * O7 manual review by ops: the queue of applications in MANUAL_REVIEW and the decision on one. Every
 * decision is recorded as an event (ApplicationReviewDecided: who, what, why) before its outcome.
 * Authentication comes in a later issue; until then the reviewer names itself in {@code X-Reviewer} (or the
 * body's {@code reviewer}).
 */
@RestController
class ReviewController {

    static final String REVIEWER = "X-Reviewer";
    private static final String UNNAMED_REVIEWER = "unnamed";

    private final ApplicationViewRepository views;
    private final CommandGateway commands;
    private final Clock clock;

    ReviewController(ApplicationViewRepository views, CommandGateway commands, Clock clock) {
        this.views = views;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/api/v1/ops/manual-reviews")
    List<ReviewItem> queue() {
        return views.findByStatusOrderByUpdatedAtAsc(ApplicationStatus.MANUAL_REVIEW).stream()
                .map(ReviewItem::of).toList();
    }

    /**
     * {@code {decision: APPROVE|RETURN|REJECT, reasons: [{code, message}] or [code, …], reviewer}}: RETURN and
     * REJECT need at least one catalogue reason. 409 when the application is not in MANUAL_REVIEW.
     */
    @PostMapping("/api/v1/applications/{applicationId}/review-decision")
    DecisionTaken decide(@PathVariable String applicationId,
                         @RequestHeader(name = REVIEWER, required = false) String reviewerHeader,
                         @RequestBody JsonNode body) {
        ApplicationView view = views.findById(applicationId.toLowerCase(Locale.ROOT))
                .orElseThrow(ApplicationNotFoundException::new);
        List<FieldProblem> problems = new ArrayList<>();
        ReviewDecision decision = decision(body.path("decision"), problems);
        List<Reason> reasons = reasons(body.path("reasons"), problems);
        if (decision != null && decision != ReviewDecision.APPROVE && reasons.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("reasons", GenericProblemCodes.INVALID_INPUT,
                    "at least one reason is required to " + decision));
        }
        if (!problems.isEmpty()) {
            throw new ApplicationInvalidException(problems);
        }
        String reviewer = reviewer(reviewerHeader, body.path("reviewer").asText(null));
        Instant now = clock.instant();
        try {
            commands.sendAndWait(new DecideReview(new ApplicationId(view.applicationId()), decision, reasons,
                    reviewer, now));
        } catch (ApplicationStateException e) {
            throw new ApplicationConflictException(e.getMessage(), e.status());
        }
        ApplicationView decided = views.findById(view.applicationId()).orElseThrow();
        return new DecisionTaken(decided.applicationId(), decision, decided.status(), decided.merchantNo());
    }

    private static ReviewDecision decision(JsonNode node, List<FieldProblem> problems) {
        try {
            return ReviewDecision.valueOf(node.asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("decision", GenericProblemCodes.INVALID_INPUT,
                    "must be one of APPROVE, RETURN, REJECT"));
            return null;
        }
    }

    private static List<Reason> reasons(JsonNode node, List<FieldProblem> problems) {
        List<Reason> reasons = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return reasons;
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem("reasons", GenericProblemCodes.INVALID_INPUT, "must be a list"));
            return reasons;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String code = item.isTextual() ? item.asText() : item.path("code").asText("");
            try {
                ReasonCode reasonCode = ReasonCode.valueOf(code);
                String message = item.path("message").asText("");
                reasons.add(message.isBlank() ? Reason.of(reasonCode) : Reason.of(reasonCode, message));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("reasons[" + i + "].code", GenericProblemCodes.INVALID_INPUT,
                        "must be a reason code of the catalogue"));
            }
        }
        return reasons;
    }

    private static String reviewer(String header, String body) {
        String named = header != null && !header.isBlank() ? header : body;
        return named == null || named.isBlank() ? UNNAMED_REVIEWER : named.strip();
    }

    /** An application waiting for ops: business data only, personal data stays sealed. */
    record ReviewItem(String applicationId, int round, Channel channel, ApplicantType applicantType,
                      String merchantName, List<Reason> reasons, Instant since) {

        static ReviewItem of(ApplicationView view) {
            return new ReviewItem(view.applicationId(), view.round(), view.channel(), view.applicantType(),
                    view.merchantName(), view.reasons(), view.updatedAt());
        }
    }

    record DecisionTaken(String applicationId, ReviewDecision decision, ApplicationStatus status, String merchantNo) {
    }
}
