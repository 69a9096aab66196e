package io.posflow.onboarding.usecase;

import io.posflow.contracts.reasons.FieldError;
import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.partnerbank.BankReference;
import io.posflow.onboarding.domain.partnerbank.PartnerBankApplicationReceived;
import io.posflow.onboarding.domain.partnerbank.PartnerBankApplicationRefused;
import io.posflow.onboarding.readmodel.state.RecordedRefusal;
import io.posflow.onboarding.readmodel.state.RecordedRefusalRepository;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Records the feedback a partner bank gets as internal events in the event store; the publisher maps them to
 * ApplicationReceived and ApplicationRefused on {@code partner-bank.application-feedback.v1}, as reliably as
 * every other published event (architecture §4). Nothing here talks to Kafka.
 */
@Component
public class PartnerBankFeedback {

    private final EventGateway events;
    private final RecordedRefusalRepository refusals;
    private final TransactionTemplate alone;
    private final Clock clock;

    public PartnerBankFeedback(EventGateway events, RecordedRefusalRepository refusals,
                               PlatformTransactionManager transactions, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The message was taken as application {@code id}; in the caller's transaction. */
    public void received(BankReference bank, ApplicationId id) {
        events.publish(new PartnerBankApplicationReceived(bank, id, clock.instant()));
    }

    /**
     * The message {@code messageId} is refused; in the caller's transaction. A message refused before (the
     * same bank reference and message id: a redelivery) is not refused twice.
     *
     * @return whether the refusal was recorded now
     */
    public boolean refused(BankReference bank, String messageId, List<FieldError> errors) {
        String key = refusalKey(bank, messageId);
        if (refusals.existsById(key)) {
            return false;
        }
        refusals.saveAndFlush(new RecordedRefusal(key, clock.instant()));
        events.publish(new PartnerBankApplicationRefused(bank, messageId, errors, clock.instant()));
        return true;
    }

    /**
     * As {@link #refused}, in a transaction of its own that has committed when this returns: the refusal of a
     * message on its way to the DLT outlives the rollback of the inbox transaction (ADR 14).
     */
    public boolean refusedAlone(BankReference bank, String messageId, List<FieldError> errors) {
        return Boolean.TRUE.equals(alone.execute(status -> refused(bank, messageId, errors)));
    }

    private static String refusalKey(BankReference bank, String messageId) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((bank.key() + "\n" + messageId)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }
}
