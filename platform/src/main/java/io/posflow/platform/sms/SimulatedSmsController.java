package io.posflow.platform.sms;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/simulation/sms?phone=…}: what this service "sent" to that phone (architecture §5). */
@RestController
@RequestMapping("/api/v1/simulation/sms")
public class SimulatedSmsController {

    public record SmsView(String phone, String text, Instant sentAt) {
    }

    private final SimulatedSmsRepository messages;

    public SimulatedSmsController(SimulatedSmsRepository messages) {
        this.messages = messages;
    }

    @GetMapping
    public List<SmsView> sentTo(@RequestParam String phone) {
        return messages.findByPhoneOrderByIdAsc(phone).stream()
                .map(m -> new SmsView(m.phone(), m.text(), m.sentAt()))
                .toList();
    }
}
