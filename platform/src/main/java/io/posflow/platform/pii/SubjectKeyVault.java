package io.posflow.platform.pii;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The data keys of this service's data subjects (architecture §4: personal data "stored encrypted under a
 * per-data-subject key in each service's database, so a subject can be crypto-shredded"). A key is 32 random
 * bytes, created on first use and stored wrapped (AES-GCM, the subject id as associated data) under the
 * master key. {@link #shred} deletes it once the archive duty has passed: whatever was encrypted under it can
 * never be read again, while the rows and events that hold the ciphertext stay as they are.
 *
 * <p>Technical only: what is encrypted with the keys, and how, is the service's business.
 */
public class SubjectKeyVault {

    private static final String WRAP = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SubjectKeyRepository keys;
    private final SecretKeySpec masterKey;
    private final Period archiveDuty;
    private final Clock clock;
    private final TransactionTemplate separately;
    private final SecureRandom random = new SecureRandom();

    public SubjectKeyVault(SubjectKeyRepository keys, PersonalDataProperties settings, Clock clock,
                           PlatformTransactionManager transactions) {
        this.keys = keys;
        this.masterKey = new SecretKeySpec(masterKey(settings.masterKey()), "AES");
        this.archiveDuty = settings.archiveDuty();
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The subject's data key; empty when it was shredded or never created. */
    public Optional<byte[]> dataKey(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        return keys.findById(subjectId).flatMap(SubjectKey::wrappedKey).map(w -> unwrap(subjectId, w));
    }

    /**
     * The subject's data key, created on first use.
     *
     * @throws SubjectShreddedException when the subject was shredded: nothing new is stored for it
     */
    public byte[] dataKeyOrCreate(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        if (keys.findById(subjectId).isEmpty()) {
            create(subjectId);
        }
        return dataKey(subjectId).orElseThrow(() -> new SubjectShreddedException(subjectId));
    }

    /** The relationship with the subject ended at {@code at}: the archive duty runs from then (the first end counts). */
    public void relationshipEnded(String subjectId, Instant at) {
        if (keys.findById(subjectId).isEmpty()) {
            create(subjectId);
        }
        SubjectKey key = keys.findById(subjectId).orElseThrow();
        key.relationshipEnded(at);
        keys.save(key);
    }

    /** Crypto-shreds the subject, once the archive duty has passed by the clock. */
    public ShreddingOutcome shred(String subjectId) {
        Instant now = clock.instant();
        return separately.execute(status -> {
            Optional<SubjectKey> found = keys.findById(subjectId);
            if (found.isEmpty()) {
                return ShreddingOutcome.unknown(subjectId);
            }
            SubjectKey key = found.get();
            if (key.shreddedAt().isPresent()) {
                return ShreddingOutcome.shredded(key);
            }
            Optional<Instant> retainUntil = key.retainUntil(archiveDuty);
            if (retainUntil.isEmpty() || now.isBefore(retainUntil.get())) {
                return ShreddingOutcome.underArchiveDuty(key, retainUntil.orElse(null));
            }
            key.shred(now);
            keys.save(key);
            return ShreddingOutcome.shredded(key);
        });
    }

    public Optional<SubjectKey> subject(String subjectId) {
        return keys.findById(subjectId);
    }

    public Period archiveDuty() {
        return archiveDuty;
    }

    /** A new subject's key, in a transaction of its own: a concurrent creator's insert fails alone. */
    private void create(String subjectId) {
        byte[] dataKey = new byte[KEY_BYTES];
        random.nextBytes(dataKey);
        String wrapped = wrap(subjectId, dataKey);
        Arrays.fill(dataKey, (byte) 0);
        try {
            separately.executeWithoutResult(s -> keys.saveAndFlush(new SubjectKey(subjectId, wrapped, clock.instant())));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // the other one's key serves
        }
    }

    private String wrap(String subjectId, byte[] dataKey) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(WRAP);
            cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
            byte[] wrapped = cipher.doFinal(dataKey);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + wrapped.length).put(iv).put(wrapped)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Wrapping a subject key failed", e);
        }
    }

    private byte[] unwrap(String subjectId, String wrapped) {
        byte[] bytes = Base64.getDecoder().decode(wrapped);
        try {
            Cipher cipher = Cipher.getInstance(WRAP);
            cipher.init(Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(bytes, IV_BYTES)));
            cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key of a data subject cannot be unwrapped with the master key");
        }
    }

    private static byte[] masterKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("posflow.pii.master-key is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("posflow.pii.master-key must be 32 bytes");
        }
        return key;
    }
}
