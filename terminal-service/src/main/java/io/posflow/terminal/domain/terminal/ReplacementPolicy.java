package io.posflow.terminal.domain.terminal;

/**
 * T8 (换机, ADR 9): a faulty ACTIVE terminal hands its merchant over to a stock terminal of the same model. Unlike a
 * capture's decline, a refused replacement is an ops request answered with a problem (409/422), so the rules throw
 * the terminal's named refusals.
 */
public final class ReplacementPolicy {

    private ReplacementPolicy() {
    }

    /**
     * The same replacement asked again (its answer was lost): the old terminal was replaced by this very terminal
     * already, and nothing more is done.
     *
     * @param replacedBy the terminal that took over from this one; null if none did
     */
    public static boolean isDoneAlready(TerminalStatus status, SerialNumber replacedBy, ReplaceTerminal command) {
        return status == TerminalStatus.REPLACED && command.newSerialNumber().equals(replacedBy);
    }

    /**
     * The old terminal's side: it hands over only while ACTIVE, and only to a terminal of its own model.
     *
     * @throws TerminalNotActiveException     if it is not ACTIVE (a replaced one included)
     * @throws TerminalModelMismatchException if the new terminal is of another model
     */
    public static void checkHandOver(SerialNumber serialNumber, TerminalStatus status, TerminalModel model,
                                     ReplaceTerminal command) {
        if (status != TerminalStatus.ACTIVE) {
            throw new TerminalNotActiveException(serialNumber, status);
        }
        if (command.newModel() != model) {
            throw new TerminalModelMismatchException(command.newSerialNumber(), model, command.newModel());
        }
    }

    /**
     * The new terminal's side: it takes over only from STOCK (bound to no one, 一机一户), and only for a terminal of its
     * own model.
     *
     * @throws TerminalNotInStockException    if it is not in stock
     * @throws TerminalModelMismatchException if the replaced terminal is of another model
     */
    public static void checkTakeOver(SerialNumber serialNumber, TerminalStatus status, TerminalModel model,
                                     TakeOverTerminal command) {
        if (status != TerminalStatus.STOCK) {
            throw new TerminalNotInStockException(serialNumber, status);
        }
        if (command.handover().model() != model) {
            throw new TerminalModelMismatchException(serialNumber, command.handover().model(), model);
        }
    }
}
