package io.posflow.settlement.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.settlement.CashOutRiskReason;
import io.posflow.contracts.terminal.TransactionCaptured;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.TransactionVoided;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.platform.messaging.inbound.ReferenceNotYetKnownException;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.merchant.NoteOwnCard;
import io.posflow.settlement.readmodel.state.KnownMerchant;
import io.posflow.settlement.readmodel.state.KnownMerchantRepository;
import io.posflow.settlement.readmodel.state.RiskCard;
import io.posflow.settlement.readmodel.state.RiskCardRepository;
import io.posflow.settlement.readmodel.state.SaleRecordRepository;
import io.posflow.settlement.domain.transaction.RecordCapture;
import io.posflow.settlement.domain.transaction.SerialNumber;
import io.posflow.settlement.domain.transaction.TransactionId;
import io.posflow.settlement.domain.transaction.VoidOutcome;
import io.posflow.settlement.domain.transaction.VoidSale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

/**
 * terminal.transactions.v1: every TransactionCaptured is recorded for settlement. A capture for a merchant
 * whose MerchantOnboarded has not been applied yet is parked until it is; a VOID or REFUND whose sale is not
 * recorded yet is parked until the sale is (reference {@code transaction:<saleId>}). A TransactionVoided (or a
 * VOID capture) cancels its pending sale (T5); one for a sale that already settled is reported for ops — logged
 * with ids only and counted — never applied silently. A SALE on the card of the merchant's deposit swipe (by
 * terminal-service's keyed card hash) is recorded held for ops review (S7).
 */
@Component
class TerminalTransactionsConsumer implements InboundMessageHandler {

    private static final Logger log = LoggerFactory.getLogger(TerminalTransactionsConsumer.class);

    private final IntegrationEventCodec codec;
    private final CommandGateway commands;
    private final KnownMerchantRepository merchants;
    private final SaleRecordRepository sales;
    private final RiskCardRepository riskCards;
    private final Counter voidsAfterSettlement;

    TerminalTransactionsConsumer(IntegrationEventCodec codec, CommandGateway commands,
                                KnownMerchantRepository merchants, SaleRecordRepository sales,
                                RiskCardRepository riskCards, MeterRegistry meters) {
        this.codec = codec;
        this.commands = commands;
        this.merchants = merchants;
        this.sales = sales;
        this.riskCards = riskCards;
        this.voidsAfterSettlement = Counter.builder("posflow.settlement.voids.after.settlement")
                .description("Voids that arrived after their sale had settled, held and reported for ops (T5)")
                .register(meters);
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.TERMINAL_TRANSACTIONS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        IntegrationEvent event = message.event(codec);
        if (event instanceof TransactionCaptured captured) {
            record(captured, context);
        } else if (event instanceof TransactionVoided voided) {
            requireSaleKnown(voided.originalTransactionId());
            voidSale(voided.originalTransactionId(), voided.transactionId(), voided.voidedAt());
        }
        // A decline moves no money.
    }

    private void record(TransactionCaptured captured, InboundContext context) {
        KnownMerchant merchant = merchants.findById(captured.merchantNo()).orElseThrow(
                () -> new ReferenceNotYetKnownException(AwaitedReferences.merchantReference(captured.merchantNo())));
        if (captured.type() != TransactionType.SALE) {
            requireSaleKnown(captured.originalTransactionId());
        }
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
                captured.speed() != null ? captured.speed() : merchant.settlementSpeed(),
                cashOutRisk(captured)));
        if (captured.purpose() == TransactionPurpose.DEPOSIT && captured.cardFingerprint() != null) {
            // S7: a later SALE of this merchant on the deposit card is a possible self-swipe.
            commands.sendAndWait(new NoteOwnCard(new MerchantNo(captured.merchantNo()), captured.cardFingerprint(),
                    CashOutRiskReason.DEPOSIT_CARD_USED));
        }
        if (captured.type() == TransactionType.VOID) {
            voidSale(captured.originalTransactionId(), captured.transactionId(), captured.capturedAt());
        } else if (captured.type() == TransactionType.SALE) {
            context.referenceArrived(AwaitedReferences.saleReference(captured.transactionId()));
        }
    }

    /** S7: a SALE on a card the merchant itself used (matched by keyed card hash), or null. */
    private CashOutRiskReason cashOutRisk(TransactionCaptured captured) {
        if (captured.type() != TransactionType.SALE || captured.purpose() != TransactionPurpose.SALE
                || captured.cardFingerprint() == null) {
            return null;
        }
        return riskCards.findByMerchantNoAndFingerprint(captured.merchantNo(), captured.cardFingerprint()).stream()
                .map(RiskCard::reason).min(Comparator.naturalOrder()).orElse(null);
    }

    private void requireSaleKnown(String saleId) {
        if (!sales.existsById(saleId)) {
            throw new ReferenceNotYetKnownException(AwaitedReferences.saleReference(saleId));
        }
    }

    private void voidSale(String saleId, String voidId, Instant voidedAt) {
        VoidOutcome outcome = commands.sendAndWait(
                new VoidSale(new TransactionId(saleId), new TransactionId(voidId), voidedAt));
        switch (outcome) {
            case REPORTED_AFTER_SETTLEMENT -> {
                log.warn("Void {} arrived after its sale {} settled: the settlement stands, held for ops review",
                        voidId, saleId);
                voidsAfterSettlement.increment();
            }
            case NOT_VOIDABLE -> log.warn("Void {} refers to {}, which is not a sale; ignored", voidId, saleId);
            default -> {
            }
        }
    }
}
