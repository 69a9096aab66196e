package io.posflow.kyc.domain.checks;

/**
 * A provider gave no answer: unreachable, timed out after its retries, or its circuit is open. A check lets
 * it propagate, so the case stays open and its decision is retried later — an outage is never a finding.
 * The message names the provider and what happened, never the data sent.
 */
public class ProviderUnavailableException extends RuntimeException {

    private final String provider;

    public ProviderUnavailableException(String provider, String what) {
        super("Provider " + provider + " gave no answer: " + what);
        this.provider = provider;
    }

    public String provider() {
        return provider;
    }
}
