package io.posflow.contracts.pii;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Personal data at rest, sealed under the key of its data subject (architecture §4: each service "stores what it
 * unsealed encrypted under a per-data-subject key in its own database, so a subject can be crypto-shredded").
 *
 * <p>A stored value keeps the {@link SealedValue} shape — masked form, ciphertext, key id — with the key id
 * {@code subject:<subjectId>}, so it sits wherever a sealed value sits (events, read models, case files). On
 * the way out it is re-sealed under the transport keyring. Once the subject's key is gone its values cannot be
 * revealed: the masked form stays, and whatever holds them still loads.
 */
public final class SubjectSealing {

    public static final String KEY_ID_PREFIX = "subject:";
    /** The key id of a value published after its subject was shredded: the masked form only, no ciphertext. */
    public static final String SHREDDED_KEY_ID = "shredded";

    /** Where the subjects' data keys are kept (each service's own database). */
    public interface SubjectKeys {

        /** The subject's 32-byte key; empty when it was shredded or never created. */
        Optional<byte[]> find(String subjectId);

        /** The subject's key, created on first use; fails when the subject was shredded. */
        byte[] findOrCreate(String subjectId);

        /** Keys from a store that answers both questions, e.g. {@code of(vault::dataKey, vault::dataKeyOrCreate)}. */
        static SubjectKeys of(Function<String, Optional<byte[]>> find, Function<String, byte[]> findOrCreate) {
            Objects.requireNonNull(find, "find");
            Objects.requireNonNull(findOrCreate, "findOrCreate");
            return new SubjectKeys() {
                @Override
                public Optional<byte[]> find(String subjectId) {
                    return find.apply(subjectId);
                }

                @Override
                public byte[] findOrCreate(String subjectId) {
                    return findOrCreate.apply(subjectId);
                }
            };
        }
    }

    private final SealedValueCodec transport;
    private final SubjectKeys keys;

    public SubjectSealing(SealedValueCodec transport, SubjectKeys keys) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Seals {@code clear} for storage under {@code subjectId}'s key. */
    public SealedValue seal(String subjectId, String clear, Mask mask) {
        return codec(subjectId, keys.findOrCreate(subjectId)).seal(clear, mask);
    }

    /** Seals several values of one subject with a single key lookup, e.g. a whole application. */
    public Sealer forSubject(String subjectId) {
        return codec(subjectId, keys.findOrCreate(subjectId))::seal;
    }

    /** Seals clear values under one subject's key. */
    @FunctionalInterface
    public interface Sealer {
        SealedValue seal(String clear, Mask mask);
    }

    /** A value sealed for transport (as received on a topic), sealed again for storage under the subject's key. */
    public SealedValue protect(String subjectId, SealedValue received) {
        if (received == null || isStored(received)) {
            return received;
        }
        String clear = transport.unseal(received);
        return withMasked(codec(subjectId, keys.findOrCreate(subjectId)).seal(clear, Mask.NAME), received.masked());
    }

    /** The clear value of a stored value (or of one still sealed for transport); empty once its subject is shredded. */
    public Optional<String> reveal(SealedValue value) {
        Objects.requireNonNull(value, "value");
        if (SHREDDED_KEY_ID.equals(value.keyId())) {
            return Optional.empty();
        }
        if (!isStored(value)) {
            return Optional.of(transport.unseal(value));
        }
        String subjectId = value.keyId().substring(KEY_ID_PREFIX.length());
        return keys.find(subjectId).map(key -> codec(subjectId, key).unseal(value));
    }

    /**
     * A stored value as it goes on a topic: sealed under the transport key. A shredded subject's value goes out
     * masked only (key id {@value #SHREDDED_KEY_ID}, empty ciphertext) — that happens only when old events are
     * published again.
     */
    public SealedValue forTransport(SealedValue value) {
        if (value == null || !isStored(value)) {
            return value;
        }
        return reveal(value).map(clear -> withMasked(transport.seal(clear, Mask.NAME), value.masked()))
                .orElseGet(() -> new SealedValue(value.masked(), "", SHREDDED_KEY_ID));
    }

    /** Whether {@code value} is sealed under a subject's key (rather than for transport). */
    public static boolean isStored(SealedValue value) {
        return value.keyId().startsWith(KEY_ID_PREFIX);
    }

    private static SealedValueCodec codec(String subjectId, byte[] key) {
        String keyId = KEY_ID_PREFIX + subjectId;
        return new SealedValueCodec(Map.of(keyId, key), keyId);
    }

    /** Masking needs the clear value's kind; the stored value keeps the mask it came with. */
    private static SealedValue withMasked(SealedValue sealed, String masked) {
        return new SealedValue(masked, sealed.sealed(), sealed.keyId());
    }

    @Override
    public String toString() {
        return "SubjectSealing[transport=" + transport + "]";
    }
}
