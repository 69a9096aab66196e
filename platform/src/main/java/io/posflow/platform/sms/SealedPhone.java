package io.posflow.platform.sms;

import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.pii.SubjectShreddedException;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * A phone an SMS goes to, kept per key (whose phone it is) in a service's own table and never in clear: sealed under its data subject's key
 * (architecture §4, key id {@code subject:<subjectId>}), so that shredding the subject makes it unreadable. Rows
 * kept before per-subject keys have no subject and hold the value as it was received (sealed for transport), which
 * still reveals. Kept out of the append-only event store so it can be deleted with the subject's data.
 *
 * <p>A service's entity names its table and, with {@code @AttributeOverride}, its key and subject columns.
 */
@MappedSuperclass
public abstract class SealedPhone {

    private static final Logger log = LoggerFactory.getLogger(SealedPhone.class);

    @Id
    @Column(name = "owner", length = 100)
    private String owner;

    /** The data subject; null on rows kept before per-subject keys. */
    @Column(name = "subject_id", length = 100)
    private String subjectId;

    @Column(nullable = false, length = 64)
    private String masked;

    @Column(nullable = false, length = 512)
    private String sealed;

    /** {@code subject:} and the subject id, or a transport key id on older rows. */
    @Column(name = "key_id", nullable = false, length = 120)
    private String keyId;

    protected SealedPhone() {
    }

    /** @param phone as {@link #storable} made it */
    protected SealedPhone(String owner, String subjectId, SealedValue phone) {
        this.owner = owner;
        replace(subjectId, phone);
    }

    /**
     * {@code received} (sealed for transport, as a topic carries it) sealed again under {@code subjectId}'s key. A
     * subject shredded already (the message delivered again later) keeps the masked form only: nothing new is stored
     * under a shredded subject, and the message is not failed for it.
     */
    public static SealedValue storable(SubjectSealing sealing, String subjectId, SealedValue received) {
        try {
            return sealing.protect(subjectId, received);
        } catch (SubjectShreddedException shredded) {
            log.info("A phone is kept masked only: its data subject {} was crypto-shredded", subjectId);
            return new SealedValue(received.masked(), "", SubjectSealing.SHREDDED_KEY_ID);
        }
    }

    /** @param phone as {@link #storable} made it */
    protected final void replace(String subjectId, SealedValue phone) {
        this.subjectId = subjectId;
        this.masked = phone.masked();
        this.sealed = phone.sealed();
        this.keyId = phone.keyId();
    }

    /** Whose phone it is. */
    public String owner() {
        return owner;
    }

    /** The phone as stored; {@code SubjectSealing.reveal} gives the number, for the moment of sending only. */
    public SealedValue phone() {
        return new SealedValue(masked, sealed, keyId);
    }

    public Optional<String> subjectId() {
        return Optional.ofNullable(subjectId);
    }
}
