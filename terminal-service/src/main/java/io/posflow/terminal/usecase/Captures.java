package io.posflow.terminal.usecase;

import io.posflow.contracts.BusinessDay;
import io.posflow.terminal.domain.terminal.Capture;
import io.posflow.terminal.domain.terminal.CaptureOutcome;
import io.posflow.terminal.domain.terminal.CaptureSale;
import io.posflow.terminal.domain.terminal.LimitsByApplicantType;
import io.posflow.terminal.domain.terminal.PaymentChannel;
import io.posflow.terminal.domain.terminal.RefundSale;
import io.posflow.terminal.domain.terminal.TransactionIdReusedException;
import io.posflow.terminal.domain.terminal.VoidSale;
import io.posflow.terminal.readmodel.state.CaptureAnswer;
import io.posflow.terminal.readmodel.state.CaptureAnswerRepository;
import io.posflow.terminal.readmodel.state.SettledSaleRepository;
import io.posflow.terminal.readmodel.state.TerminalViewRepository;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * T5: captures once per transaction id — a SALE, a VOID or a REFUND alike. One transaction holds the terminal's row
 * lock, looks for an earlier answer, records the new one and runs the capture, so two copies of a request never both
 * reach the switch: the second waits for the first to commit and then gets its answer.
 *
 * <p>The terminal decides; this use case only gathers the facts it decides from and the device cannot give: the
 * capture time and its business date, T4's configured limits, and whether settlement has settled a VOID's or REFUND's
 * original (T5, from {@code settled_sale}).
 */
@Component
public class Captures {

    private final TerminalViewRepository terminals;
    private final CaptureAnswerRepository answers;
    private final SettledSaleRepository settled;
    private final LimitsByApplicantType limits;
    private final CommandGateway commands;
    private final Clock clock;
    private final BusinessDay businessDay;

    Captures(TerminalViewRepository terminals, CaptureAnswerRepository answers, SettledSaleRepository settled,
             LimitsByApplicantType limits, CommandGateway commands, Clock clock, BusinessDay businessDay) {
        this.terminals = terminals;
        this.answers = answers;
        this.settled = settled;
        this.limits = limits;
        this.commands = commands;
        this.clock = clock;
        this.businessDay = businessDay;
    }

    /**
     * @param requestHash the keyed hash of the request body ({@link CardFingerprints#ofRequest})
     * @throws TransactionIdReusedException if the id already answered another request
     */
    @Transactional
    public CaptureAnswer capture(DeviceCapture capture, String requestHash) {
        terminals.lockBySerialNumber(capture.serialNumber().value())
                .orElseThrow(() -> new IllegalStateException("Terminal " + capture.serialNumber() + " is unknown"));
        CaptureAnswer earlier = answers.findById(capture.transactionId().value()).orElse(null);
        if (earlier != null) {
            if (!earlier.answers(requestHash)) {
                throw new TransactionIdReusedException(capture.transactionId());
            }
            return earlier;
        }
        boolean card = capture.payment().channel() == PaymentChannel.CARD;
        // Flushed before the switch is asked: the same id on another terminal collides here, not after.
        CaptureAnswer answer = answers.saveAndFlush(new CaptureAnswer(capture.transactionId().value(),
                capture.serialNumber().value(), requestHash,
                card ? capture.payment().card().bin() : null,
                card ? capture.payment().card().last4() : null,
                card ? capture.payment().card().fingerprint() : null));
        CaptureOutcome outcome = commands.sendAndWait(command(capture));
        answer.answered(outcome);
        return answer;
    }

    /**
     * The command with its facts. {@code capturedAt} in milliseconds, as stored: a retry's answer reads the same. A
     * VOID or REFUND carries whether settlement has settled its original yet, as far as this service has learnt from
     * settlement.transactions.v1; {@link io.posflow.terminal.domain.terminal.VoidPolicy} and
     * {@link io.posflow.terminal.domain.terminal.RefundPolicy} decide what that means.
     */
    private Capture command(DeviceCapture capture) {
        Instant capturedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate businessDate = businessDay.dateOf(capturedAt);
        return switch (capture.type()) {
            case SALE -> new CaptureSale(capture.serialNumber(), capture.transactionId(), capture.payment(),
                    capture.amount(), limits, capture.deviceTime(), capturedAt, businessDate);
            case VOID -> new VoidSale(capture.serialNumber(), capture.transactionId(),
                    capture.originalTransactionId(), capture.payment(), capture.amount(), originalSettled(capture),
                    capture.deviceTime(), capturedAt, businessDate);
            case REFUND -> new RefundSale(capture.serialNumber(), capture.transactionId(),
                    capture.originalTransactionId(), capture.payment(), capture.amount(), originalSettled(capture),
                    capture.deviceTime(), capturedAt, businessDate);
        };
    }

    private boolean originalSettled(DeviceCapture capture) {
        return settled.existsById(capture.originalTransactionId().value());
    }
}
