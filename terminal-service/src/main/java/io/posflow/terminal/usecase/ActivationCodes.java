package io.posflow.terminal.usecase;

import io.posflow.platform.crypto.KeyedHash;
import io.posflow.terminal.config.ActivationProperties;
import io.posflow.terminal.domain.terminal.ActivationCodeHash;
import io.posflow.terminal.domain.terminal.NewActivationCode;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Draws activation codes and hashes what devices enter (T2): 12 digits from {@link SecureRandom} (leading
 * zeros allowed, 10^12 codes), kept only as HMAC-SHA256 under the configured key — a leaked event store
 * does not give the codes away, and 5 tries (config) make guessing hopeless.
 */
@Component
public class ActivationCodes {

    static final int DIGITS = 12;
    private static final long BOUND = 1_000_000_000_000L;

    private final SecureRandom random = new SecureRandom();
    private final KeyedHash hash;
    private final ActivationProperties settings;

    public ActivationCodes(ActivationProperties settings) {
        this.settings = settings;
        this.hash = KeyedHash.fromBase64("posflow.terminal.activation.hash-key", settings.hashKey());
    }

    public IssuedCode draw(Instant issuedAt) {
        String digits = String.format("%0" + DIGITS + "d", random.nextLong(BOUND));
        return new IssuedCode(digits, new NewActivationCode(hashOf(digits), issuedAt.plus(settings.codeValidity()),
                settings.maxAttempts()));
    }

    /** The hash of what a device entered; anything that is not the code simply does not match. */
    public ActivationCodeHash hashOf(String entered) {
        return new ActivationCodeHash(hash.hex(entered.strip()));
    }

    long validityDays() {
        return settings.codeValidity().toDays();
    }
}
