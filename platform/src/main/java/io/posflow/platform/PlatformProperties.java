package io.posflow.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Technical settings of the platform building blocks ({@code posflow.platform.*}). */
@ConfigurationProperties("posflow.platform")
public record PlatformProperties(@DefaultValue Messaging messaging, @DefaultValue DueWorkSettings dueWork,
                                 @DefaultValue Persistence persistence, @DefaultValue BusinessDaySettings businessDay,
                                 @DefaultValue Events events) {

    /**
     * @param movedPackages packages whose stored events (and aggregates) now live elsewhere: an event stored under
     *                      a class of {@code from} is read as the same-named class of {@code to} (ADR 20)
     */
    public record Events(@DefaultValue List<MovedPackage> movedPackages) {
    }

    /** The classes of package {@code from} (not its sub-packages) now live in package {@code to}. */
    public record MovedPackage(String from, String to) {
    }

    /**
     * Which business date an instant belongs to (contracts {@code BusinessDay}); every service alike, since the
     * dates travel on the topics.
     *
     * @param zone   the zone of the calendar (Asia/Shanghai)
     * @param cutOff the local time a business date begins (00:00: the calendar date)
     */
    public record BusinessDaySettings(@DefaultValue("Asia/Shanghai") ZoneId zone,
                                      @DefaultValue("00:00") LocalTime cutOff) {
    }

    /**
     * @param allowNonDurable start even when the database acknowledges commits before they are durable
     *                        (H2 WRITE_DELAY &gt; 0, PostgreSQL fsync or synchronous_commit off); never in production
     */
    public record Persistence(@DefaultValue("false") boolean allowNonDurable) {
    }

    /**
     * @param replicationFactor   for the topics this service creates (1 for a single local broker)
     * @param consumerConcurrency consumer threads for the inbound container
     * @param retryAttempts       blocking retries before a failing record goes to its DLT
     * @param retryInterval       pause between those retries
     * @param ackTimeout          how long the publisher waits for the broker's acknowledgements
     * @param publisherBatchSize  events the publishing processor reads per batch
     * @param inboxRetention      how long a received message id is remembered for de-duplication
     * @param deadLetterDepthInterval how often the DLT depth gauges are refreshed
     * @param parkedSweepInterval how often parked messages are tried again as a safety net
     * @param consumes            the topics (catalogue names) the inbound pipeline reads for the service's handlers;
     *                            the service owns and creates the topics the catalogue gives its
     *                            {@code spring.application.name}
     * @param readsOnItsOwn       topics the service reads with a consumer of its own (a projection committing its
     *                            offsets with its state); they get a DLT, the inbound pipeline leaves them alone
     */
    public record Messaging(@DefaultValue("1") short replicationFactor,
                            @DefaultValue("1") int consumerConcurrency,
                            @DefaultValue("3") int retryAttempts,
                            @DefaultValue("500ms") Duration retryInterval,
                            @DefaultValue("30s") Duration ackTimeout,
                            @DefaultValue("100") int publisherBatchSize,
                            @DefaultValue("30d") Duration inboxRetention,
                            @DefaultValue("30s") Duration deadLetterDepthInterval,
                            @DefaultValue("60s") Duration parkedSweepInterval,
                            @DefaultValue List<String> consumes,
                            @DefaultValue List<String> readsOnItsOwn) {
    }

    /**
     * @param pollInterval how often the due-work table is polled against the injected clock
     * @param maxBackoff   the longest wait before a failed item is tried again
     */
    public record DueWorkSettings(@DefaultValue("1s") Duration pollInterval,
                                  @DefaultValue("5m") Duration maxBackoff) {
    }
}
