package io.posflow.settlement.usecase;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.payable.DetermineSettlementPayout;
import io.posflow.settlement.domain.payable.MerchantPayableId;
import io.posflow.settlement.domain.payable.PayoutDeduction;
import io.posflow.settlement.domain.payout.PayoutId;
import io.posflow.settlement.domain.payout.RequestPayout;
import io.posflow.settlement.readmodel.state.KnownMerchant;
import io.posflow.settlement.readmodel.state.KnownMerchantRepository;
import io.posflow.settlement.readmodel.state.UnpaidSettlement;
import io.posflow.settlement.readmodel.state.UnpaidSettlementRepository;
import io.posflow.settlement.domain.transaction.TransactionId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Settlement payouts (S6): the settled nets become payouts of purpose SETTLEMENT, less the service fees the
 * merchant still owes (S4). After a T1 run every merchant with settled net gets one payout for the run date,
 * {@code SETTLEMENT:<merchantNo>:<runDate>}; a T0 settlement gets its own payout at once (see ADR 0011). Each
 * payout is requested together with the due work that sends it to the bank ({@link PayoutWork}), in the
 * caller's transaction: nothing is paid twice (the id is derived from what it pays, and the nets it covers
 * leave the unpaid list in the same transaction) and nothing is lost.
 */
@Component
public class SettlementPayouts {

    private static final Logger log = LoggerFactory.getLogger(SettlementPayouts.class);

    private final UnpaidSettlementRepository unpaid;
    private final KnownMerchantRepository merchants;
    private final CommandGateway commands;
    private final DueWorkScheduler dueWork;

    public SettlementPayouts(UnpaidSettlementRepository unpaid, KnownMerchantRepository merchants,
                             CommandGateway commands, DueWorkScheduler dueWork) {
        this.unpaid = unpaid;
        this.merchants = merchants;
        this.commands = commands;
        this.dueWork = dueWork;
    }

    /** After the run of {@code runDate}: one payout per merchant for every T1 net settled up to that date. */
    public void payRun(LocalDate runDate, Instant now) {
        Map<String, List<UnpaidSettlement>> byMerchant = unpaid
                .findBySpeedAndSettlementDateLessThanEqualOrderByMerchantNoAscTransactionIdAsc(SettlementSpeed.T1,
                        runDate)
                .stream().collect(Collectors.groupingBy(UnpaidSettlement::merchantNo, TreeMap::new,
                        Collectors.toList()));
        byMerchant.forEach((merchantNo, settled) -> {
            MerchantNo merchant = new MerchantNo(merchantNo);
            pay(merchant, PayoutId.settlement(merchant, runDate), runDate, settled, now);
        });
        log.info("Settlement run {}: {} merchants paid", runDate, byMerchant.size());
    }

    /** A T0 settlement is paid on its own as soon as it settles (S3); done if a payout already covers it. */
    public void payT0(TransactionId transactionId, Instant now) {
        unpaid.findById(transactionId.value()).ifPresent(settled -> {
            MerchantNo merchant = new MerchantNo(settled.merchantNo());
            pay(merchant, PayoutId.settlementT0(merchant, transactionId), settled.settlementDate(), List.of(settled),
                    now);
        });
    }

    private void pay(MerchantNo merchant, PayoutId payoutId, LocalDate settlementDate, List<UnpaidSettlement> settled,
                     Instant now) {
        Money net = Money.ofFen(settled.stream().mapToLong(UnpaidSettlement::netFen).reduce(0L, Math::addExact));
        PayoutDeduction deduction = commands.sendAndWait(new DetermineSettlementPayout(MerchantPayableId.of(merchant),
                merchant, payoutId, settlementDate,
                settled.stream().map(s -> new TransactionId(s.transactionId())).toList(), net, now));
        if (!deduction.payable().isPositive()) {
            return; // the fees owed took the whole net; the rest is carried to the next payout
        }
        // A settled transaction was recorded for a known merchant, so its payee is on file.
        KnownMerchant payee = merchants.findById(merchant.value()).orElseThrow(
                () -> new IllegalStateException("settled transactions of an unknown merchant " + merchant));
        Boolean requested = commands.sendAndWait(new RequestPayout(payoutId, merchant, PayoutPurpose.SETTLEMENT, null,
                deduction.payable(), payee.payee(now), now, settlementDate));
        if (Boolean.TRUE.equals(requested)) {
            dueWork.scheduleIfAbsent(PayoutWork.KIND, payoutId.value(), now, null);
        }
    }
}
