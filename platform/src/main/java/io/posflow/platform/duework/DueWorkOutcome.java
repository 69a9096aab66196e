package io.posflow.platform.duework;

import java.time.Instant;

/** What happens to a due item after it ran: it is done, or it is due again (a recurring schedule). */
public sealed interface DueWorkOutcome {

    static DueWorkOutcome done() {
        return Done.INSTANCE;
    }

    /** Recurring work names its next occurrence from its own due time, not from now, so no occurrence is skipped. */
    static DueWorkOutcome dueAgainAt(Instant next, String payload) {
        return new DueAgain(next, payload);
    }

    enum Done implements DueWorkOutcome { INSTANCE }

    record DueAgain(Instant next, String payload) implements DueWorkOutcome {
    }
}
