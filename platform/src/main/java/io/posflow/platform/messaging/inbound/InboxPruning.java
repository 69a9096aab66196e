package io.posflow.platform.messaging.inbound;

import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkHandler;
import io.posflow.platform.duework.DueWorkOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** Forgets received message ids older than the retention, once a day, so the inbox does not grow forever. */
public class InboxPruning implements DueWorkHandler {

    public static final String KIND = "platform.inbox-prune";
    private static final Logger log = LoggerFactory.getLogger(InboxPruning.class);

    private final ReceivedMessageRepository received;
    private final Duration retention;

    public InboxPruning(ReceivedMessageRepository received, Duration retention) {
        this.received = received;
        this.retention = retention;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DueWorkOutcome run(DueWork work) {
        int removed = received.deleteReceivedBefore(work.dueAt().minus(retention));
        if (removed > 0) {
            log.info("Forgot {} received message ids older than {}", removed, retention);
        }
        return DueWorkOutcome.dueAgainAt(work.dueAt().plus(Duration.ofDays(1)), null);
    }
}
