package io.posflow.terminal.adapter.web;

import java.time.Instant;

/** A new activation code went to the merchant's phone; the previous one no longer works. */
public record ActivationCodeResponse(String serialNumber, Instant expiresAt) {
}
