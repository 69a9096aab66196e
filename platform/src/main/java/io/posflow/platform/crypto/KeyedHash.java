package io.posflow.platform.crypto;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * HMAC-SHA256 under a secret key, as lower-case hex. Used for what must be matched but never kept in clear, e.g.
 * activation codes, card numbers, ID numbers. Thread-safe; never prints its key.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    private KeyedHash(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * @param setting the name of the setting the key came from, for the error message
     * @param base64  the key, at least 32 bytes
     */
    public static KeyedHash fromBase64(String setting, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not base64");
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(setting + " must be at least " + MIN_KEY_BYTES + " bytes");
        }
        return new KeyedHash(key);
    }

    public String hex(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "KeyedHash[HmacSHA256]";
    }
}
