package io.posflow.terminal.readmodel.state;

import io.posflow.terminal.domain.terminal.TerminalActivated;
import io.posflow.terminal.domain.terminal.TerminalAwaitingDeposit;
import io.posflow.terminal.domain.terminal.TerminalBound;
import io.posflow.terminal.domain.terminal.TerminalDeregistered;
import io.posflow.terminal.domain.terminal.TerminalLocked;
import io.posflow.terminal.domain.terminal.TerminalRegistered;
import io.posflow.terminal.domain.terminal.TerminalReplaced;
import io.posflow.terminal.domain.terminal.TerminalStatus;
import io.posflow.terminal.domain.terminal.TerminalTookOver;
import io.posflow.terminal.domain.terminal.TerminalUnlocked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link TerminalView} up to date. The processing group is subscribing (application.yml): the
 * row changes in the transaction that stores the event, so a serial is known to REST and to the
 * inbound handlers the moment its registration commits. Upserts keyed by serial number skip events
 * already applied.
 */
@Component
@ProcessingGroup(TerminalViewProjection.PROCESSING_GROUP)
public class TerminalViewProjection {

    public static final String PROCESSING_GROUP = "terminal-view";

    private final TerminalViewRepository views;

    public TerminalViewProjection(TerminalViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(TerminalRegistered event, @SequenceNumber long sequence) {
        String serial = event.serialNumber().value();
        if (views.existsById(serial)) {
            return;
        }
        views.save(new TerminalView(serial, event.model(), event.vendor().name(), event.registeredAt(), sequence));
    }

    @EventHandler
    void on(TerminalBound event, @SequenceNumber long sequence) {
        views.findById(event.serialNumber().value()).filter(v -> !v.hasApplied(sequence))
                .ifPresent(v -> v.bound(event.merchantNo().value(), event.boundAt(), sequence));
    }

    @EventHandler
    void on(TerminalAwaitingDeposit event, @SequenceNumber long sequence) {
        views.findById(event.serialNumber().value()).filter(v -> !v.hasApplied(sequence))
                .ifPresent(v -> v.statusChanged(TerminalStatus.AWAITING_DEPOSIT, sequence));
    }

    @EventHandler
    void on(TerminalLocked event, @SequenceNumber long sequence) {
        views.findById(event.serialNumber().value()).filter(v -> !v.hasApplied(sequence))
                .ifPresent(v -> v.statusChanged(TerminalStatus.LOCKED, sequence));
    }

    @EventHandler
    void on(TerminalUnlocked event, @SequenceNumber long sequence) {
        views.findById(event.serialNumber().value()).filter(v -> !v.hasApplied(sequence))
                .ifPresent(v -> v.statusChanged(TerminalStatus.BOUND, sequence));
    }

    @EventHandler
    void on(TerminalActivated event, @SequenceNumber long sequence) {
        views.findById(event.serialNumber().value()).filter(v -> !v.hasApplied(sequence))
                .ifPresent(v -> v.activated(event.activatedAt(), sequence));
    }

    @EventHandler
    void on(TerminalDeregistered event, @SequenceNumber long sequence) {
        views.findById(event.serialNumber().value()).filter(v -> !v.hasApplied(sequence))
                .ifPresent(v -> v.deregistered(event.deregisteredAt(), sequence));
    }

    /** T8: the old terminal no longer transacts. */
    @EventHandler
    void on(TerminalReplaced event, @SequenceNumber long sequence) {
        views.findById(event.serialNumber().value()).filter(v -> !v.hasApplied(sequence))
                .ifPresent(v -> v.statusChanged(TerminalStatus.REPLACED, sequence));
    }

    /** T8: the replacement is bound to the merchant and ACTIVE from the take-over on. */
    @EventHandler
    void on(TerminalTookOver event, @SequenceNumber long sequence) {
        views.findById(event.serialNumber().value()).filter(v -> !v.hasApplied(sequence)).ifPresent(v -> {
            v.bound(event.handover().merchantNo().value(), event.takenOverAt(), sequence);
            v.activated(event.takenOverAt(), sequence);
        });
    }
}
