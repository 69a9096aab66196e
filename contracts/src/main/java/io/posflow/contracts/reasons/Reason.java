package io.posflow.contracts.reasons;

import java.util.Objects;

/**
 * Why something was returned, refused, declined or flagged: a catalogue code and a human-readable message.
 * The message must never contain personal data.
 */
public record Reason(ReasonCode code, String message) {

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Reason of(ReasonCode code) {
        return code.reason();
    }

    public static Reason of(ReasonCode code, String message) {
        return new Reason(code, message);
    }
}
