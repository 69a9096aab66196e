package io.posflow.terminal.usecase;

import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.terminal.domain.terminal.ApplicantType;
import io.posflow.terminal.domain.terminal.BindTerminal;
import io.posflow.terminal.domain.terminal.MerchantNo;
import io.posflow.terminal.domain.terminal.ReissueActivationCode;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.SettlementSpeed;
import io.posflow.terminal.domain.terminal.TerminalModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * T2: binds a terminal with its first activation code, and reissues codes. The command, the code's expiry
 * (persistent due work) and the SMS commit together: if anything fails, nothing is kept and the code that
 * may have been sent is worthless, because its hash was never stored.
 */
@Component
public class ActivationCodeIssuer {

    private final ActivationCodes codes;
    private final ActivationSms sms;
    private final DueWorkScheduler dueWork;
    private final CommandGateway commands;
    private final Clock clock;

    ActivationCodeIssuer(ActivationCodes codes, ActivationSms sms, DueWorkScheduler dueWork, CommandGateway commands,
                         Clock clock) {
        this.codes = codes;
        this.sms = sms;
        this.dueWork = dueWork;
        this.commands = commands;
        this.clock = clock;
    }

    @Transactional
    public void bind(SerialNumber serial, MerchantNo merchantNo, TerminalModel model, ApplicantType applicantType,
                     SettlementSpeed speed) {
        Instant now = now();
        IssuedCode code = codes.draw(now);
        Boolean bound = commands.sendAndWait(new BindTerminal(serial, merchantNo, model, applicantType, speed,
                code.kept(), now));
        if (Boolean.TRUE.equals(bound)) {
            expireLater(serial, code);
            sms.send(merchantNo, code);
        }
    }

    /** @return when the new code expires */
    @Transactional
    public Instant reissue(SerialNumber serial) {
        Instant now = now();
        IssuedCode code = codes.draw(now);
        MerchantNo merchantNo = commands.sendAndWait(new ReissueActivationCode(serial, code.kept(), now));
        expireLater(serial, code);
        sms.send(merchantNo, code);
        return code.kept().expiresAt();
    }

    /**
     * Milliseconds, as the database keeps them: the expiry's due time read back must not fall before the
     * expiry the terminal recorded.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** One item per terminal: a reissue moves it to the new code's expiry. */
    private void expireLater(SerialNumber serial, IssuedCode code) {
        dueWork.schedule(ActivationCodeExpiryWork.KIND, serial.value(), code.kept().expiresAt(), null);
    }
}
