package io.posflow.onboarding.adapter.messaging.inbound;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The partner banks this service takes applications from, and the public keys that verify their
 * signatures (architecture §5). A key id belongs to exactly one bank; every key is an ECDSA P-256 key. Anything
 * else fails at start-up, naming the setting, never the key material.
 */
public final class PartnerKeyRegistry {

    /** Bank codes as the published schemas allow them. */
    private static final Pattern BANK_CODE = Pattern.compile("[A-Z0-9_]{2,20}");
    private static final ECParameterSpec P256 = p256();

    /** One registered public key. */
    public record PartnerKey(String keyId, String bankCode, ECPublicKey publicKey) {

        public PartnerKey {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(bankCode, "bankCode");
            Objects.requireNonNull(publicKey, "publicKey");
        }
    }

    private final Map<String, PartnerKey> keysById;
    private final Set<String> banks;

    private PartnerKeyRegistry(Map<String, PartnerKey> keysById, Set<String> banks) {
        this.keysById = Map.copyOf(keysById);
        this.banks = Set.copyOf(banks);
    }

    /**
     * @param keysByBank bank code → key id → base64 X.509 SubjectPublicKeyInfo (DER) of a P-256 key; bank
     *                   codes are taken in upper case (an environment variable arrives in lower case)
     * @throws IllegalArgumentException for a malformed bank code, key id or key, a key that is not P-256, or
     *                                  a key id registered for two banks
     */
    public static PartnerKeyRegistry of(Map<String, Map<String, String>> keysByBank) {
        Map<String, PartnerKey> keys = new LinkedHashMap<>();
        Map<String, Boolean> banks = new LinkedHashMap<>();
        keysByBank.forEach((rawCode, bankKeys) -> {
            String bankCode = rawCode.strip().toUpperCase(Locale.ROOT);
            String setting = "posflow.onboarding.partner-banks." + rawCode;
            if (!BANK_CODE.matcher(bankCode).matches()) {
                throw new IllegalArgumentException(setting + ": a bank code is 2 to 20 of A-Z, 0-9 and _");
            }
            if (bankKeys == null || bankKeys.isEmpty()) {
                throw new IllegalArgumentException(setting + ".keys: a partner bank needs at least one key");
            }
            banks.put(bankCode, Boolean.TRUE);
            bankKeys.forEach((keyId, base64) -> {
                String keySetting = setting + ".keys." + keyId;
                if (keyId == null || keyId.isBlank()) {
                    throw new IllegalArgumentException(keySetting + ": a key id may not be blank");
                }
                PartnerKey previous = keys.put(keyId, new PartnerKey(keyId, bankCode, p256Key(keySetting, base64)));
                if (previous != null) {
                    throw new IllegalArgumentException(keySetting + ": key id '" + keyId
                            + "' is registered for two banks; a key id belongs to exactly one bank");
                }
            });
        });
        return new PartnerKeyRegistry(keys, banks.keySet());
    }

    public Optional<PartnerKey> key(String keyId) {
        return Optional.ofNullable(keyId).map(keysById::get);
    }

    public boolean isRegistered(String bankCode) {
        return bankCode != null && banks.contains(bankCode);
    }

    public Set<String> banks() {
        return banks;
    }

    private static ECPublicKey p256Key(String setting, String base64) {
        PublicKey key;
        try {
            byte[] der = Base64.getMimeDecoder().decode(Objects.requireNonNullElse(base64, "").strip());
            key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException(setting
                    + ": not a base64 X.509 SubjectPublicKeyInfo of an EC key (" + e.getClass().getSimpleName() + ")");
        }
        if (!(key instanceof ECPublicKey ec) || !isP256(ec.getParams())) {
            throw new IllegalArgumentException(setting + ": partner keys are ECDSA P-256 (secp256r1) keys");
        }
        return ec;
    }

    private static boolean isP256(ECParameterSpec params) {
        return params != null
                && params.getCurve().equals(P256.getCurve())
                && params.getGenerator().equals(P256.getGenerator())
                && params.getOrder().equals(P256.getOrder())
                && params.getCofactor() == P256.getCofactor();
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM does not provide the P-256 curve", e);
        }
    }
}
