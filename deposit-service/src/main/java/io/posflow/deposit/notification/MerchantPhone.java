package io.posflow.deposit.notification;

import io.posflow.contracts.pii.SealedValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * The merchant's registered phone, kept SEALED under its data subject's key (architecture §4): the application the
 * merchant was onboarded from, so shredding that subject makes the phone unreadable here too. The clear number
 * exists only while a refund SMS is being sent. Rows stored before the subject keys have no application id and
 * keep the phone sealed for transport, which {@code SubjectSealing.reveal} still reads.
 */
@Entity
@Table(name = "merchant_phone")
public class MerchantPhone {

    @Id
    @Column(name = "merchant_no", length = 15)
    private String merchantNo;

    /** The data subject (MerchantOnboarded's applicationId); null on rows stored before it was kept. */
    @Column(name = "application_id", length = 100)
    private String applicationId;

    @Column(nullable = false, length = 64)
    private String masked;

    @Column(nullable = false, length = 512)
    private String sealed;

    @Column(name = "key_id", nullable = false, length = 120)
    private String keyId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MerchantPhone() {
    }

    public MerchantPhone(String merchantNo, String applicationId, SealedValue phone, Instant recordedAt) {
        this.merchantNo = merchantNo;
        replace(applicationId, phone, recordedAt);
    }

    /** @param phone sealed for storage under {@code applicationId}'s key */
    public void replace(String applicationId, SealedValue phone, Instant at) {
        this.applicationId = applicationId;
        this.masked = phone.masked();
        this.sealed = phone.sealed();
        this.keyId = phone.keyId();
        this.recordedAt = at;
    }

    public SealedValue phone() {
        return new SealedValue(masked, sealed, keyId);
    }

    public Optional<String> applicationId() {
        return Optional.ofNullable(applicationId);
    }

    public String merchantNo() {
        return merchantNo;
    }
}
