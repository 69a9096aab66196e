package io.posflow.deposit.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.settlement.PayoutCompleted;
import io.posflow.contracts.settlement.PayoutFailed;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.topics.Topics;
import io.posflow.deposit.domain.deposit.CompleteRefund;
import io.posflow.deposit.domain.deposit.MerchantNo;
import io.posflow.deposit.domain.deposit.RecordRefundPayoutFailure;
import io.posflow.deposit.domain.deposit.RefundNotTriggeredException;
import io.posflow.deposit.domain.deposit.RefundPayoutMismatchException;
import io.posflow.deposit.domain.deposit.SerialNumber;
import io.posflow.deposit.readmodel.state.DepositTerminalProjection;
import io.posflow.deposit.readmodel.state.MerchantPhoneRepository;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * settlement.payouts.v1, refund payouts only (purpose DEPOSIT_REFUND): PayoutCompleted closes the Deposit
 * as refunded, and the refund SMS goes out with it (D3); PayoutFailed is recorded and logged, as settlement
 * retries the payout (S6). A payout is parked while its deposit, or its merchant's phone, is unknown.
 */
@Component
class SettlementPayoutsConsumer implements InboundMessageHandler {

    private static final Logger log = LoggerFactory.getLogger(SettlementPayoutsConsumer.class);

    private final TopicReader reader;
    private final CommandGateway commands;
    private final DepositTerminalProjection terminals;
    private final MerchantPhoneRepository phones;
    private final Clock clock;

    SettlementPayoutsConsumer(IntegrationEventCodec codec, CommandGateway commands, DepositTerminalProjection terminals,
                   MerchantPhoneRepository phones, Clock clock) {
        this.reader = new TopicReader(Topics.SETTLEMENT_PAYOUTS, codec);
        this.commands = commands;
        this.terminals = terminals;
        this.phones = phones;
        this.clock = clock;
    }

    @Override
    public Set<String> topics() {
        return Set.of(reader.topicName());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = reader.read(message);
        if (event instanceof PayoutCompleted completed && completed.purpose() == PayoutPurpose.DEPOSIT_REFUND) {
            refunded(completed);
        } else if (event instanceof PayoutFailed failed && failed.purpose() == PayoutPurpose.DEPOSIT_REFUND) {
            refundFailed(failed);
        }
    }

    private void refunded(PayoutCompleted payout) {
        String depositId = requireDeposit(payout.serialNumber());
        if (!phones.existsById(payout.merchantNo())) {
            throw new ReferenceNotYetKnownException(OnboardingMerchantsConsumer.merchantReference(payout.merchantNo()));
        }
        try {
            commands.sendAndWait(new CompleteRefund(new SerialNumber(depositId), payout.payoutId(),
                    new MerchantNo(payout.merchantNo()), Money.ofFen(payout.amountFen()), clock.instant()));
        } catch (RefundNotTriggeredException e) {
            throw new UnreadableMessageException("REFUND_NOT_TRIGGERED", e.getMessage());
        } catch (RefundPayoutMismatchException e) {
            throw new UnreadableMessageException("REFUND_PAYOUT_MISMATCH", e.getMessage());
        }
    }

    private void refundFailed(PayoutFailed payout) {
        String depositId = requireDeposit(payout.serialNumber());
        commands.sendAndWait(new RecordRefundPayoutFailure(new SerialNumber(depositId),
                payout.payoutId(), payout.attempt(), payout.reason(), clock.instant()));
        // Serial number, payout id and the bank's answer only: the answer carries no account details.
        log.warn("Deposit refund payout {} for terminal {} failed on attempt {} ({}); settlement retries it",
                payout.payoutId(), payout.serialNumber(), payout.attempt(), payout.reason());
    }

    /** The terminal's own deposit, or the one that moved to it on a replacement (T8); parked while unknown. */
    private String requireDeposit(String serialNumber) {
        return terminals.depositOf(serialNumber).orElseThrow(() -> new ReferenceNotYetKnownException(
                DepositReferences.depositOf(serialNumber)));
    }
}
