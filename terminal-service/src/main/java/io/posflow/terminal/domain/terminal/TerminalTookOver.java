package io.posflow.terminal.domain.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * T8: a stock terminal took over from {@code replacedSerialNumber} and is ACTIVE for the same merchant, without an
 * activation code or a deposit swipe (the deposit carries over). Internal: the published TerminalReplaced,
 * keyed by the old serial, tells the other services.
 */
@Revision("1")
public record TerminalTookOver(SerialNumber serialNumber, SerialNumber replacedSerialNumber, Handover handover,
                               Instant takenOverAt) {
}
