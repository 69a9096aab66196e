package io.posflow.contracts.pii;

/** A sealed value names a key that is not in this service's keyring (rotated out, or never granted). */
public class UnknownKeyIdException extends SealingException {

    private final String keyId;

    public UnknownKeyIdException(String keyId) {
        super("no sealing key with id '" + keyId + "' in the keyring");
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
