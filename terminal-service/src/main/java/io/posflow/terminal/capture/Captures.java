package io.posflow.terminal.capture;

import io.posflow.terminal.query.TerminalViewRepository;
import io.posflow.terminal.terminal.CaptureOutcome;
import io.posflow.terminal.terminal.Capture;
import io.posflow.terminal.terminal.PaymentChannel;
import io.posflow.terminal.terminal.TransactionIdReusedException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * T5: captures once per transaction id — a SALE, a VOID or a REFUND alike. One transaction holds the terminal's row lock, looks for an earlier
 * answer, records the new one and runs the capture, so two copies of a request never both reach the switch:
 * the second waits for the first to commit and then gets its answer.
 */
@Component
public class Captures {

    private final TerminalViewRepository terminals;
    private final CaptureAnswerRepository answers;
    private final CommandGateway commands;

    Captures(TerminalViewRepository terminals, CaptureAnswerRepository answers, CommandGateway commands) {
        this.terminals = terminals;
        this.answers = answers;
        this.commands = commands;
    }

    /**
     * @param requestHash the keyed hash of the request body ({@link CardFingerprints#ofRequest})
     * @throws TransactionIdReusedException if the id already answered another request
     */
    @Transactional
    public CaptureAnswer capture(Capture command, String requestHash) {
        terminals.lockBySerialNumber(command.serialNumber().value())
                .orElseThrow(() -> new IllegalStateException("Terminal " + command.serialNumber() + " is unknown"));
        CaptureAnswer earlier = answers.findById(command.transactionId().value()).orElse(null);
        if (earlier != null) {
            if (!earlier.answers(requestHash)) {
                throw new TransactionIdReusedException(command.transactionId());
            }
            return earlier;
        }
        boolean card = command.payment().channel() == PaymentChannel.CARD;
        // Flushed before the switch is asked: the same id on another terminal collides here, not after.
        CaptureAnswer answer = answers.saveAndFlush(new CaptureAnswer(command.transactionId().value(),
                command.serialNumber().value(), requestHash,
                card ? command.payment().card().bin() : null,
                card ? command.payment().card().last4() : null,
                card ? command.payment().card().fingerprint() : null));
        CaptureOutcome outcome = commands.sendAndWait(command);
        answer.answered(outcome);
        return answer;
    }
}
