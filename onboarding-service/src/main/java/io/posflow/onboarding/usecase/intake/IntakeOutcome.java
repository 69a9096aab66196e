package io.posflow.onboarding.usecase.intake;

import io.posflow.onboarding.domain.application.ApplicationStatus;
import io.posflow.platform.problem.FieldProblem;

import java.util.List;

/** What became of a submitted or resubmitted application form. */
public sealed interface IntakeOutcome {

    /** Taken for review (or found taken already: a repeated request), with its status now. */
    record Accepted(String applicationId, ApplicationStatus status) implements IntakeOutcome {
    }

    /** Refused, with every problem of the form by dotted field path and catalogue code. */
    record Refused(List<FieldProblem> problems) implements IntakeOutcome {

        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
