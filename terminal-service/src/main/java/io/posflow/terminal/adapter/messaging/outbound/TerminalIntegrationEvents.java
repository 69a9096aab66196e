package io.posflow.terminal.adapter.messaging.outbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.contracts.terminal.CardSummary;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.Wallet;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.outbound.IntegrationEventMapper;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import io.posflow.terminal.domain.terminal.ActivationCodeIssued;
import io.posflow.terminal.domain.terminal.MerchantNo;
import io.posflow.terminal.domain.terminal.PaymentMethod;
import io.posflow.terminal.domain.terminal.RefundCaptured;
import io.posflow.terminal.domain.terminal.RefundDeclined;
import io.posflow.terminal.domain.terminal.SaleCaptured;
import io.posflow.terminal.domain.terminal.SaleDeclined;
import io.posflow.terminal.domain.terminal.SaleVoided;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.TerminalActivated;
import io.posflow.terminal.domain.terminal.TerminalAwaitingDeposit;
import io.posflow.terminal.domain.terminal.TerminalBound;
import io.posflow.terminal.domain.terminal.TerminalDeregistered;
import io.posflow.terminal.domain.terminal.TerminalLocked;
import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.domain.terminal.TerminalRegistered;
import io.posflow.terminal.domain.terminal.TerminalReplaced;
import io.posflow.terminal.domain.terminal.TerminalUnlocked;
import io.posflow.terminal.domain.terminal.TransactionId;
import io.posflow.terminal.domain.terminal.VoidDeclined;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Internal terminal events → the published language: the terminal's life on terminal.terminals.v1, its
 * captures on terminal.transactions.v1, both keyed by serial number. The activation code's hash, the
 * rejected tries, code expiry and reversal requests stay inside; of a card only BIN, last four digits and
 * the keyed fingerprint leave. T8's take-over by the new terminal is told by TerminalReplaced (keyed by the old
 * serial) alone: the new terminal publishes no TerminalBound or TerminalActivated, since nothing was bound or
 * paid anew (no second data-card fee, no second deposit).
 */
@Component
class TerminalIntegrationEvents implements IntegrationEventMapper {

    private final IntegrationEventCodec codec;

    TerminalIntegrationEvents(IntegrationEventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<OutboundMessage> map(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof TerminalRegistered e) {
            return terminals(new io.posflow.contracts.terminal.TerminalRegistered(e.serialNumber().value(),
                    model(e.model()), e.vendor().name(), e.registeredAt()));
        }
        if (payload instanceof TerminalBound e) {
            return terminals(new io.posflow.contracts.terminal.TerminalBound(e.serialNumber().value(),
                    e.merchantNo().value(), model(e.model()), e.boundAt()));
        }
        if (payload instanceof ActivationCodeIssued e) {
            return terminals(new io.posflow.contracts.terminal.ActivationCodeIssued(e.serialNumber().value(),
                    e.merchantNo().value(), e.issuedAt(), e.expiresAt()));
        }
        if (payload instanceof TerminalLocked e) {
            return terminals(new io.posflow.contracts.terminal.TerminalLocked(e.serialNumber().value(),
                    e.merchantNo().value(), e.failedAttempts(), e.lockedAt()));
        }
        if (payload instanceof TerminalUnlocked e) {
            return terminals(new io.posflow.contracts.terminal.TerminalUnlocked(e.serialNumber().value(),
                    e.merchantNo().value(), e.unlockedAt()));
        }
        if (payload instanceof TerminalAwaitingDeposit e) {
            return terminals(new io.posflow.contracts.terminal.TerminalAwaitingDeposit(e.serialNumber().value(),
                    e.merchantNo().value(), e.deposit().fen(), e.codeAcceptedAt()));
        }
        if (payload instanceof TerminalActivated e) {
            return terminals(new io.posflow.contracts.terminal.TerminalActivated(e.serialNumber().value(),
                    e.merchantNo().value(), model(e.model()), e.depositTransactionId().value(), e.deposit().fen(),
                    e.activatedAt()));
        }
        if (payload instanceof TerminalDeregistered e) {
            return terminals(new io.posflow.contracts.terminal.TerminalDeregistered(e.serialNumber().value(),
                    e.merchantNo().value(), e.deregisteredAt()));
        }
        if (payload instanceof TerminalReplaced e) {
            return terminals(new io.posflow.contracts.terminal.TerminalReplaced(e.serialNumber().value(),
                    e.newSerialNumber().value(), e.merchantNo().value(), model(e.model()), e.replacedAt()));
        }
        if (payload instanceof SaleVoided e) {
            return transactions(new io.posflow.contracts.terminal.TransactionVoided(e.transactionId().value(),
                    e.originalTransactionId().value(), e.serialNumber().value(), e.merchantNo().value(),
                    e.amount().fen(), e.businessDate(), e.voidedAt()));
        }
        if (payload instanceof RefundCaptured e) {
            return transactions(refunded(e));
        }
        if (payload instanceof VoidDeclined e) {
            return transactions(declined(e.transactionId(), e.serialNumber(), e.merchantNo(), TransactionType.VOID,
                    e.payment(), e.amount(), e.reason(), e.declinedAt()));
        }
        if (payload instanceof RefundDeclined e) {
            return transactions(declined(e.transactionId(), e.serialNumber(), e.merchantNo(), TransactionType.REFUND,
                    e.payment(), e.amount(), e.reason(), e.declinedAt()));
        }
        if (payload instanceof SaleCaptured e) {
            return transactions(captured(e));
        }
        if (payload instanceof SaleDeclined e) {
            return transactions(declined(e));
        }
        return List.of();
    }

    private static io.posflow.contracts.terminal.TransactionCaptured captured(SaleCaptured e) {
        PaymentMethod payment = e.payment();
        return new io.posflow.contracts.terminal.TransactionCaptured(e.transactionId().value(),
                e.serialNumber().value(), e.merchantNo().value(), TransactionType.SALE,
                TransactionPurpose.valueOf(e.purpose().name()), channel(payment), cardType(payment.cardType()),
                wallet(payment), payment.card() == null ? null
                        : new CardSummary(payment.card().bin(), payment.card().last4()),
                e.amount().fen(), e.capturedAt(), e.businessDate(), null, cardType(payment.fundingCardType()),
                payment.card() == null ? null : payment.card().fingerprint(),
                e.applicantType() == null ? null : ApplicantType.valueOf(e.applicantType().name()),
                e.speed() == null ? null : SettlementSpeed.valueOf(e.speed().name()), e.deviceTime());
    }

    /** T5: an approved REFUND, positive like every capture; type REFUND and its original give the direction. */
    private static io.posflow.contracts.terminal.TransactionCaptured refunded(RefundCaptured e) {
        PaymentMethod payment = e.payment();
        return new io.posflow.contracts.terminal.TransactionCaptured(e.transactionId().value(),
                e.serialNumber().value(), e.merchantNo().value(), TransactionType.REFUND, TransactionPurpose.SALE,
                channel(payment), cardType(payment.cardType()), wallet(payment), payment.card() == null ? null
                        : new CardSummary(payment.card().bin(), payment.card().last4()),
                e.amount().fen(), e.capturedAt(), e.businessDate(), e.originalTransactionId().value(),
                cardType(payment.fundingCardType()), payment.card() == null ? null : payment.card().fingerprint(),
                e.applicantType() == null ? null : ApplicantType.valueOf(e.applicantType().name()),
                e.speed() == null ? null : SettlementSpeed.valueOf(e.speed().name()), e.deviceTime());
    }

    private static io.posflow.contracts.terminal.TransactionDeclined declined(SaleDeclined e) {
        return declined(e.transactionId(), e.serialNumber(), e.merchantNo(), TransactionType.SALE, e.payment(),
                e.amount(), e.reason(), e.declinedAt());
    }

    private static io.posflow.contracts.terminal.TransactionDeclined declined(TransactionId transactionId,
            SerialNumber serialNumber, MerchantNo merchantNo, TransactionType type, PaymentMethod payment,
            Money amount, ReasonCode reason, Instant declinedAt) {
        return new io.posflow.contracts.terminal.TransactionDeclined(transactionId.value(), serialNumber.value(),
                merchantNo.value(), type, channel(payment), cardType(payment.cardType()), wallet(payment),
                amount.fen(), Reason.of(reason), declinedAt);
    }

    private List<OutboundMessage> terminals(IntegrationEvent event) {
        return on(Topics.TERMINAL_TERMINALS, event);
    }

    private List<OutboundMessage> transactions(IntegrationEvent event) {
        return on(Topics.TERMINAL_TRANSACTIONS, event);
    }

    private List<OutboundMessage> on(TopicDefinition topic, IntegrationEvent event) {
        return List.of(OutboundMessage.keyed(topic.name(), event.key(), EventCatalogue.of(event).ceType(),
                codec.write(event)));
    }

    private static DeviceModel model(TerminalModel model) {
        return DeviceModel.valueOf(model.name());
    }

    private static PaymentChannel channel(PaymentMethod payment) {
        return PaymentChannel.valueOf(payment.channel().name());
    }

    private static CardType cardType(io.posflow.terminal.domain.terminal.CardType type) {
        return type == null ? null : CardType.valueOf(type.name());
    }

    private static Wallet wallet(PaymentMethod payment) {
        return payment.wallet() == null ? null : Wallet.valueOf(payment.wallet().name());
    }
}
