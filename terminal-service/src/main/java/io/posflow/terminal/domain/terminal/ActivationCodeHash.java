package io.posflow.terminal.domain.terminal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * The keyed hash (HMAC-SHA256, hex) of an activation code: all that is ever stored of a code (T2). Without
 * the service's key it cannot be turned back into the 12 digits, so it may live in the event store.
 */
public record ActivationCodeHash(String value) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ActivationCodeHash {
        if (value == null || !HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("An activation code hash is 64 lower-case hex digits");
        }
    }

    /** Compares in constant time, so response times tell nothing about how much of a guess was right. */
    public boolean sameAs(ActivationCodeHash other) {
        return other != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                other.value.getBytes(StandardCharsets.US_ASCII));
    }
}
