package io.posflow.settlement.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.deposit.DepositRefundTriggered;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.payout.PayoutId;
import io.posflow.settlement.domain.payout.RequestPayout;
import io.posflow.settlement.readmodel.state.KnownMerchant;
import io.posflow.settlement.readmodel.state.KnownMerchantRepository;
import io.posflow.settlement.usecase.PayoutWork;
import io.posflow.settlement.domain.transaction.SerialNumber;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * deposit.deposits.v1: a DepositRefundTriggered is paid back to the merchant's settlement account (D3, S6)
 * as the payout {@code DEPOSIT_REFUND:<serialNumber>}: requested once however often it is delivered, and
 * sent to the bank by due work committed with the request. A refund for a merchant not known yet is parked.
 * Other deposit events are read (an unreadable one goes to the DLT) but not applied yet: forfeiture moves
 * the deposit liability once the ledger exists.
 */
@Component
class DepositDepositsConsumer implements InboundMessageHandler {

    private final IntegrationEventCodec codec;
    private final CommandGateway commands;
    private final KnownMerchantRepository merchants;
    private final DueWorkScheduler dueWork;
    private final Clock clock;

    DepositDepositsConsumer(IntegrationEventCodec codec, CommandGateway commands, KnownMerchantRepository merchants,
                            DueWorkScheduler dueWork, Clock clock) {
        this.codec = codec;
        this.commands = commands;
        this.merchants = merchants;
        this.dueWork = dueWork;
        this.clock = clock;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.DEPOSIT_DEPOSITS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = message.event(codec);
        if (!(event instanceof DepositRefundTriggered refund)) {
            return;
        }
        KnownMerchant merchant = merchants.findById(refund.merchantNo()).orElseThrow(
                () -> new ReferenceNotYetKnownException(AwaitedReferences.merchantReference(refund.merchantNo())));
        SerialNumber serialNumber = new SerialNumber(refund.serialNumber());
        PayoutId payoutId = PayoutId.depositRefund(serialNumber);
        Instant now = clock.instant();
        Boolean requested = commands.sendAndWait(new RequestPayout(payoutId, new MerchantNo(refund.merchantNo()),
                PayoutPurpose.DEPOSIT_REFUND, serialNumber, Money.ofFen(refund.depositFen()), merchant.payee(now), now));
        if (Boolean.TRUE.equals(requested)) {
            dueWork.scheduleIfAbsent(PayoutWork.KIND, payoutId.value(), now, null);
        }
    }
}
