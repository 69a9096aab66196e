package io.posflow.onboarding.adapter.messaging.inbound;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * {@code posflow.partnerbank.received}: partner-bank messages handled to an outcome;
 * {@code posflow.partnerbank.accepted}: those taken as an application (a repeat included);
 * {@code posflow.partnerbank.refused{reason}}: those refused, by reason (the refusal's code in lower case,
 * {@code format} for the form's field problems).
 */
@Component
public class PartnerBankMetrics {

    /** Every reason, so that a dashboard shows zero rather than nothing. */
    public static final List<String> REASONS = List.of("SIGNATURE_MISSING", "KEY_UNKNOWN", "SIGNATURE_INVALID",
            "SIGNER_MISMATCH", "KEY_MISMATCH", "UNKNOWN_TYPE", "NOT_JSON", "SCHEMA_VIOLATION", "FORMAT");

    private final MeterRegistry meters;

    public PartnerBankMetrics(MeterRegistry meters) {
        this.meters = meters;
        meters.counter("posflow.partnerbank.received");
        meters.counter("posflow.partnerbank.accepted");
        REASONS.forEach(reason -> meters.counter("posflow.partnerbank.refused", "reason", tag(reason)));
    }

    public void accepted() {
        meters.counter("posflow.partnerbank.received").increment();
        meters.counter("posflow.partnerbank.accepted").increment();
    }

    public void refused(String reason) {
        meters.counter("posflow.partnerbank.received").increment();
        meters.counter("posflow.partnerbank.refused", "reason", tag(reason)).increment();
    }

    private static String tag(String reason) {
        return reason.toLowerCase(Locale.ROOT);
    }
}
