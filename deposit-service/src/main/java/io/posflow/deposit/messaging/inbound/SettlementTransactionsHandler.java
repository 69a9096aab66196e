package io.posflow.deposit.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.SettlementDayClosed;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.topics.Topics;
import io.posflow.deposit.deposit.DeviceModel;
import io.posflow.deposit.deposit.MerchantNo;
import io.posflow.deposit.deposit.Money;
import io.posflow.deposit.deposit.OpenDeposit;
import io.posflow.deposit.deposit.RecordQualifyingVolume;
import io.posflow.deposit.deposit.SerialNumber;
import io.posflow.deposit.deposit.TransactionId;
import io.posflow.deposit.forfeiture.Forfeiture;
import io.posflow.deposit.replacement.DepositTerminals;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * settlement.transactions.v1: DepositCollected opens the Deposit (D1); a settled SALE or REFUND is
 * counted towards it (D2) and may trigger its refund (D3), also when it was captured by a terminal the
 * deposit moved to (T8). A settlement that arrives before its deposit
 * is parked until the deposit opens (DESIGN §4). SettlementDayClosed, seen on each partition, moves the
 * settlement watermark that forfeiture waits for (D4). CashOutRiskFlagged and ServiceFeeCharged do not
 * change a Deposit, so they are read (unreadable ones are dead-lettered) and left.
 */
@Component
class SettlementTransactionsHandler implements InboundMessageHandler {

    private final TopicReader reader;
    private final CommandGateway commands;
    private final DepositTerminals terminals;
    private final Forfeiture forfeiture;
    private final Clock clock;

    SettlementTransactionsHandler(IntegrationEventCodec codec, CommandGateway commands, DepositTerminals terminals,
                                  Forfeiture forfeiture, Clock clock) {
        this.reader = new TopicReader(Topics.SETTLEMENT_TRANSACTIONS, codec);
        this.commands = commands;
        this.terminals = terminals;
        this.forfeiture = forfeiture;
        this.clock = clock;
    }

    /** What a settlement waits for when it arrives before its deposit. */
    static String depositReference(String serialNumber) {
        return "deposit:" + serialNumber;
    }

    @Override
    public Set<String> topics() {
        return Set.of(reader.topicName());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = reader.read(message);
        if (event instanceof DepositCollected collected) {
            open(collected, context);
        } else if (event instanceof TransactionSettled settled) {
            count(settled);
        } else if (event instanceof SettlementDayClosed closed) {
            // The partition, not the key: the closure is written to every partition (DESIGN §4).
            forfeiture.settlementDayClosed(message.partition(), closed.businessDate());
        }
    }

    private void open(DepositCollected collected, InboundContext context) {
        commands.sendAndWait(new OpenDeposit(new SerialNumber(collected.serialNumber()),
                new TransactionId(collected.transactionId()), new MerchantNo(collected.merchantNo()),
                DeviceModel.valueOf(collected.deviceModel().name()), Money.ofFen(collected.depositFen()),
                collected.capturedAt(), clock.instant()));
        context.referenceArrived(depositReference(collected.serialNumber()));
    }

    private void count(TransactionSettled settled) {
        if (settled.type() != TransactionType.SALE && settled.type() != TransactionType.REFUND) {
            return;
        }
        if (settled.type() == TransactionType.SALE ? settled.amountFen() < 0 : settled.amountFen() > 0) {
            throw new UnreadableMessageException("CONTRACT_VIOLATION",
                    "A settled SALE has a positive amountFen and a settled REFUND a negative one");
        }
        // The terminal's own deposit, or the one that moved to it on a replacement (T8).
        String depositId = terminals.depositOf(settled.serialNumber())
                .orElseThrow(() -> new ReferenceNotYetKnownException(depositReference(settled.serialNumber())));
        commands.sendAndWait(new RecordQualifyingVolume(new SerialNumber(depositId),
                new TransactionId(settled.transactionId()), Money.ofFen(settled.amountFen()), settled.capturedAt(),
                clock.instant()));
    }
}
