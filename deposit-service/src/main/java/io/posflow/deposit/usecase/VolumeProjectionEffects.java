package io.posflow.deposit.usecase;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.deposit.domain.deposit.DepositPolicies;
import io.posflow.deposit.domain.deposit.DeviceModel;
import io.posflow.deposit.domain.deposit.MerchantNo;
import io.posflow.deposit.domain.deposit.OpenDeposit;
import io.posflow.deposit.domain.deposit.RecordTargetReached;
import io.posflow.deposit.domain.deposit.SerialNumber;
import io.posflow.deposit.domain.deposit.TransactionId;
import io.posflow.deposit.readmodel.state.SettlementDayWatermark;
import io.posflow.deposit.readmodel.state.volume.VolumeFold;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the live projection's fold does to the rest of the service, inside the fold's transaction: it opens
 * the Deposit (D1), reports the target reached (D2, D3), records settlement's closures and, when a date is
 * closed on every partition, forfeits the deposits whose window ended on it short of the target (D4).
 */
@Component
class VolumeProjectionEffects implements VolumeFold.Effects {

    private static final Logger log = LoggerFactory.getLogger(VolumeProjectionEffects.class);

    private final CommandGateway commands;
    private final SettlementDayWatermark watermark;
    private final ForfeitureWork forfeiture;
    private final DepositPolicies policies;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<VolumeFold.Outcome, Counter> outcomes = new EnumMap<>(VolumeFold.Outcome.class);

    VolumeProjectionEffects(CommandGateway commands, SettlementDayWatermark watermark, ForfeitureWork forfeiture,
                DepositPolicies policies, Clock clock, MeterRegistry meters) {
        this.commands = commands;
        this.watermark = watermark;
        this.forfeiture = forfeiture;
        this.policies = policies;
        this.clock = clock;
        this.meters = meters;
        for (VolumeFold.Outcome outcome : VolumeFold.Outcome.values()) {
            outcomes.put(outcome, Counter.builder("posflow.deposit.projection.transactions")
                    .description("Settled transactions the deposit projection read, by how they were taken")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(meters));
        }
    }

    /**
     * Opens the Deposit with the amount settlement collected: that is the money held and refunded. An amount
     * other than the model's policy means terminal-service and deposit-service are configured apart: it is
     * counted and logged for ops, not refused, as the merchant paid it.
     */
    @Override
    public void depositCollected(DepositCollected collected) {
        DeviceModel model = DeviceModel.valueOf(collected.deviceModel().name());
        if (policies.of(model).deposit().fen() != collected.depositFen()) {
            meters.counter("posflow.deposit.amount.mismatch", "model", model.name()).increment();
            log.warn("Deposit of {} collected {} fen; the {} policy says {} fen", collected.serialNumber(),
                    collected.depositFen(), model, policies.of(model).deposit().fen());
        }
        commands.sendAndWait(new OpenDeposit(new SerialNumber(collected.serialNumber()),
                new TransactionId(collected.transactionId()), new MerchantNo(collected.merchantNo()), model,
                Money.ofFen(collected.depositFen()), collected.capturedAt(), clock.instant()));
    }

    @Override
    public boolean dayClosed(int partition, LocalDate businessDate) {
        return watermark.closedOn(partition, businessDate);
    }

    @Override
    public void windowsClosed(LocalDate businessDate, List<String> depositIds) {
        forfeiture.settlementDayClosed(businessDate);
    }

    @Override
    public void targetReached(String depositId, long qualifyingVolumeFen) {
        commands.sendAndWait(new RecordTargetReached(new SerialNumber(depositId), Money.ofFen(qualifyingVolumeFen),
                clock.instant()));
    }

    @Override
    public void counted(VolumeFold.Outcome outcome) {
        outcomes.get(outcome).increment();
    }
}
