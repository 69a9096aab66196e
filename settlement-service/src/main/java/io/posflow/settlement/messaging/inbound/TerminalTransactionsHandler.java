package io.posflow.settlement.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.terminal.TransactionCaptured;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.settlement.merchant.MerchantNo;
import io.posflow.settlement.money.Money;
import io.posflow.settlement.query.KnownMerchant;
import io.posflow.settlement.query.KnownMerchantRepository;
import io.posflow.settlement.transaction.RecordCapture;
import io.posflow.settlement.transaction.SerialNumber;
import io.posflow.settlement.transaction.TransactionId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * terminal.transactions.v1: every TransactionCaptured is recorded for settlement. A capture for a merchant
 * whose MerchantOnboarded has not been applied yet is parked until it is.
 */
@Component
class TerminalTransactionsHandler implements InboundMessageHandler {

    private final IntegrationEventCodec codec;
    private final CommandGateway commands;
    private final KnownMerchantRepository merchants;

    TerminalTransactionsHandler(IntegrationEventCodec codec, CommandGateway commands,
                                KnownMerchantRepository merchants) {
        this.codec = codec;
        this.commands = commands;
        this.merchants = merchants;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.TERMINAL_TRANSACTIONS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = InboundEvents.read(codec, message);
        // A decline moves no money; voids are not applied yet (they belong with the settlement run).
        if (!(event instanceof TransactionCaptured captured)) {
            return;
        }
        KnownMerchant merchant = merchants.findById(captured.merchantNo()).orElseThrow(
                () -> new ReferenceNotYetKnownException(InboundEvents.merchantReference(captured.merchantNo())));
        commands.sendAndWait(new RecordCapture(
                new TransactionId(captured.transactionId()),
                new SerialNumber(captured.serialNumber()),
                new MerchantNo(captured.merchantNo()),
                captured.type(),
                captured.purpose(),
                captured.channel(),
                captured.cardType() != null ? captured.cardType() : captured.fundingCardType(),
                captured.wallet(),
                Money.ofFen(captured.amountFen()),
                captured.capturedAt(),
                captured.originalTransactionId() == null ? null : new TransactionId(captured.originalTransactionId()),
                merchant.deviceModel(),
                // the speed at capture decides T0 or T1 (S2/S3); older captures may not carry it
                captured.speed() != null ? captured.speed() : merchant.settlementSpeed()));
    }
}
