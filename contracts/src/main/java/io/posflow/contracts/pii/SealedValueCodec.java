package io.posflow.contracts.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal data for the wire with AES-256-GCM and unseals it for the services that hold the keys.
 *
 * <p>Sealed form: base64 of a random 12-byte IV followed by the ciphertext with its 128-bit tag. The key id
 * is the GCM additional authenticated data, so a value cannot be relabelled with another key id. New
 * values are sealed with the current key; any key of the keyring unseals, which lets keys rotate.
 * Thread-safe.
 */
public final class SealedValueCodec {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keyring;
    private final String currentKeyId;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keyring      key id to 32-byte AES key; the arrays are copied
     * @param currentKeyId the key that seals new values; must be in the keyring
     */
    public SealedValueCodec(Map<String, byte[]> keyring, String currentKeyId) {
        Objects.requireNonNull(keyring, "keyring");
        Objects.requireNonNull(currentKeyId, "currentKeyId");
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keyring.forEach((id, key) -> {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a key id must not be blank");
            }
            if (key == null || key.length != KEY_BYTES) {
                throw new IllegalArgumentException("key '" + id + "' must be " + KEY_BYTES + " bytes (AES-256)");
            }
            keys.put(id, new SecretKeySpec(key.clone(), "AES"));
        });
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current key id '" + currentKeyId + "' is not in the keyring");
        }
        this.keyring = Map.copyOf(keys);
        this.currentKeyId = currentKeyId;
    }

    /**
     * A keyring from settings: key id to base64 key.
     *
     * @param setting the settings' prefix, e.g. {@code posflow.pii.keys}, named (without the key) when one is not base64
     */
    public static SealedValueCodec fromBase64(String setting, Map<String, String> base64Keys, String currentKeyId) {
        Objects.requireNonNull(base64Keys, "base64Keys");
        Map<String, byte[]> keyring = new LinkedHashMap<>();
        base64Keys.forEach((id, key) -> {
            try {
                keyring.put(id, Base64.getDecoder().decode(key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(setting + "." + id + " is not base64");
            }
        });
        return new SealedValueCodec(keyring, currentKeyId);
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public Set<String> keyIds() {
        return keyring.keySet();
    }

    /** Seals {@code clear} under the current key and masks it with {@code mask}. */
    public SealedValue seal(String clear, Mask mask) {
        Objects.requireNonNull(clear, "clear");
        Objects.requireNonNull(mask, "mask");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, currentKeyId, iv);
            byte[] ciphertext = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
            return new SealedValue(mask.apply(clear), Base64.getEncoder().encodeToString(sealed), currentKeyId);
        } catch (GeneralSecurityException e) {
            throw new SealingException("sealing with key '" + currentKeyId + "' failed", e);
        }
    }

    /**
     * The clear value of {@code value}.
     *
     * @throws UnknownKeyIdException if its key is not in the keyring
     * @throws SealingException      if it is malformed, was tampered with or was relabelled with another key id
     */
    public String unseal(SealedValue value) {
        Objects.requireNonNull(value, "value");
        if (!keyring.containsKey(value.keyId())) {
            throw new UnknownKeyIdException(value.keyId());
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(value.sealed());
        } catch (IllegalArgumentException e) {
            throw new SealingException("sealed value is not base64 (keyId '" + value.keyId() + "')");
        }
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new SealingException("sealed value is too short (keyId '" + value.keyId() + "')");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, value.keyId(), Arrays.copyOf(sealed, IV_BYTES));
            byte[] clear = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
            return new String(clear, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SealingException("sealed value failed authentication with key '" + value.keyId()
                    + "': tampered, or sealed under another key id");
        } catch (GeneralSecurityException e) {
            throw new SealingException("unsealing with key '" + value.keyId() + "' failed", e);
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, keyring.get(keyId), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "SealedValueCodec[currentKeyId=" + currentKeyId + ", keyIds=" + keyring.keySet() + "]";
    }
}
