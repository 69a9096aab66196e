package io.posflow.settlement.usecase;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.fee.Fees;
import io.posflow.settlement.readmodel.state.PendingSettlement;
import io.posflow.settlement.readmodel.state.SaleRecord;
import io.posflow.settlement.readmodel.state.SaleRecordRepository;
import io.posflow.settlement.domain.transaction.RefundOutcome;
import io.posflow.settlement.domain.transaction.SettleRefund;
import io.posflow.settlement.domain.transaction.SettleTransaction;
import io.posflow.settlement.domain.transaction.TransactionId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Settles one item of the run's work list (S2): a sale with its fees (S1), a refund as a negative settlement
 * with the refunded share of its sale's fees (D2, ADR 0010). A refund whose sale has not settled yet (held,
 * or its own run still to come) waits for a later run, and so does one that would give back more than the
 * sale: neither fails the run, which settles everything else.
 */
@Component
class RunSettlement {

    private static final Logger log = LoggerFactory.getLogger(RunSettlement.class);

    private final SaleRecordRepository sales;
    private final CommandGateway commands;
    private final Counter refundsWaiting;

    RunSettlement(SaleRecordRepository sales, CommandGateway commands, MeterRegistry meters) {
        this.sales = sales;
        this.commands = commands;
        this.refundsWaiting = Counter.builder("posflow.settlement.refunds.waiting")
                .description("Refunds a run left pending: their sale is not settled, or they exceed it")
                .register(meters);
    }

    /** Whether the item was settled by this run. */
    boolean settle(PendingSettlement item, LocalDate runDate, Instant now) {
        TransactionId id = new TransactionId(item.transactionId());
        if (!item.isRefund()) {
            commands.sendAndWait(new SettleTransaction(id, runDate, now));
            return true;
        }
        Optional<SaleRecord> sale = sales.findById(item.originalTransactionId()).filter(SaleRecord::isSettled);
        if (sale.isEmpty()) {
            log.warn("Refund {} waits: its sale {} is not settled", item.transactionId(), item.originalTransactionId());
            refundsWaiting.increment();
            return false;
        }
        SaleRecord original = sale.get();
        Fees originalFees = new Fees(Money.ofFen(original.amountFen()), Money.ofFen(original.mdrFeeFen()),
                Money.ofFen(original.surchargeFen()),
                Money.ofFen(original.amountFen() - original.mdrFeeFen() - original.surchargeFen()));
        RefundOutcome outcome = commands.sendAndWait(new SettleRefund(id, new TransactionId(original.transactionId()),
                originalFees, Money.ofFen(original.refundedFen()), runDate, now));
        if (outcome == RefundOutcome.EXCEEDS_ORIGINAL) {
            log.warn("Refund {} waits: with the refunds already settled it exceeds its sale {}", item.transactionId(),
                    item.originalTransactionId());
            refundsWaiting.increment();
            return false;
        }
        return outcome == RefundOutcome.SETTLED;
    }
}
