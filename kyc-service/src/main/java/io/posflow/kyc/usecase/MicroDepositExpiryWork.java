package io.posflow.kyc.usecase;

import io.posflow.kyc.domain.kyccase.ExpireMicroDeposit;
import io.posflow.kyc.domain.kyccase.KycCaseId;
import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkHandler;
import io.posflow.platform.duework.DueWorkOutcome;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * K10: at the end of a micro-deposit's answer window (persistent due work on the injected clock, so a clock
 * jump or a restart expires it just the same), a case still waiting for a right answer fails with
 * {@code ACCOUNT_NOT_VERIFIED}; a case decided meanwhile is left alone.
 */
@Component
public class MicroDepositExpiryWork implements DueWorkHandler {

    /** Due-work kind; the key and the payload are the case id. */
    public static final String KIND = "kyc.micro-deposit-expiry";

    private final CommandGateway commands;
    private final Clock clock;

    public MicroDepositExpiryWork(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DueWorkOutcome run(DueWork work) {
        commands.sendAndWait(new ExpireMicroDeposit(new KycCaseId(work.payload()), clock.instant()));
        return DueWorkOutcome.done();
    }
}
