package io.posflow.terminal.usecase;

import io.posflow.terminal.domain.allocation.TerminalRequest;
import io.posflow.terminal.domain.terminal.SerialNumber;

/** What became of a merchant's {@link TerminalRequest} (T2). */
public sealed interface AllocationOutcome {

    /** Bound now: the terminal the application named ({@code named}), or one allocated from stock. */
    record Bound(SerialNumber serialNumber, boolean named) implements AllocationOutcome {
    }

    /** The merchant has a terminal already (一机一户 per merchant): a redelivery changes nothing. */
    record AlreadyServed(SerialNumber serialNumber) implements AllocationOutcome {
    }

    /** No stock terminal of the model: the merchant waits in the allocation queue. */
    record Waiting() implements AllocationOutcome {
    }
}
