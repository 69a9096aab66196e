package io.posflow.platform.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Keeps every "sent" SMS in the service's database, for the simulation endpoint and tests. */
public class SimulatedSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SimulatedSmsSender.class);

    private final SimulatedSmsRepository messages;
    private final Clock clock;

    public SimulatedSmsSender(SimulatedSmsRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void send(String phone, String text) {
        messages.save(new SimulatedSms(phone, text, clock.instant()));
        log.info("Simulated SMS of {} characters sent to a phone ending {}", text.length(),
                phone.length() > 4 ? phone.substring(phone.length() - 4) : "****");
    }
}
