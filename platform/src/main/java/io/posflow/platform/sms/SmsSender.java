package io.posflow.platform.sms;

/**
 * The SMS port. The text may carry a secret (an activation code): implementations never log it.
 * Production wires a gateway; the {@code simulation} profile keeps what was "sent" for
 * {@code GET /api/v1/simulation/sms}.
 */
public interface SmsSender {

    void send(String phone, String text);
}
