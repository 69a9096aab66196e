package io.posflow.settlement.domain.payable;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.payout.PayoutId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What a merchant owes settlement against its settlement payouts: the data-card fees charged (S4) and not yet
 * deducted. Each settlement payout deducts as much as its net allows and carries the rest (never a negative
 * payout); deposit refunds never pass through here, so they are paid in full. Charges are idempotent per
 * terminal and period, decisions per payout id.
 */
@Aggregate
public class MerchantPayable {

    @AggregateIdentifier
    private MerchantPayableId payableId;
    private Money owed = Money.ZERO;
    private final Set<String> chargedPeriods = new HashSet<>();
    private final Map<PayoutId, PayoutDeduction> decided = new HashMap<>();

    protected MerchantPayable() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(ChargeDataCardFee command) {
        if (chargedPeriods.contains(period(command.serialNumber().value(), command.year().periodStart()))) {
            return false;
        }
        apply(new ServiceFeeCharged(command.payableId(), command.merchantNo(), command.serialNumber(), command.fee(),
                command.year().periodStart(), command.year().periodEnd(), command.chargedAt()));
        return true;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    PayoutDeduction handle(DetermineSettlementPayout command) {
        PayoutDeduction earlier = decided.get(command.payoutId());
        if (earlier != null) {
            return earlier;
        }
        PayoutDeduction deduction = PayoutDeduction.of(command.net(), owed);
        apply(new SettlementPayoutDetermined(command.payableId(), command.merchantNo(), command.payoutId(),
                command.settlementDate(), command.transactions(), command.net(), deduction.deducted(),
                deduction.payable(), deduction.carriedForward(), command.determinedAt()));
        return deduction;
    }

    private static String period(String serialNumber, LocalDate periodStart) {
        return serialNumber + "/" + periodStart;
    }

    @EventSourcingHandler
    void on(ServiceFeeCharged event) {
        this.payableId = event.payableId();
        this.chargedPeriods.add(period(event.serialNumber().value(), event.periodStart()));
        this.owed = owed.plus(event.fee());
    }

    @EventSourcingHandler
    void on(SettlementPayoutDetermined event) {
        this.payableId = event.payableId();
        this.decided.put(event.payoutId(), event.deduction());
        this.owed = event.carriedForward();
    }
}
