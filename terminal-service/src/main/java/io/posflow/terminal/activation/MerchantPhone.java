package io.posflow.terminal.activation;

import io.posflow.contracts.pii.SealedValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/**
 * The merchant's registered phone, never in clear: sealed under its data subject's key (architecture §4, key id
 * {@code subject:<applicationId>}), so that shredding the merchant's application makes it unreadable. Rows kept
 * before per-subject keys have no application id and hold the value as MerchantOnboarded carried it (sealed for
 * transport), which still reveals. Kept out of the append-only event store so it can be deleted with the
 * merchant's data.
 */
@Entity
@Table(name = "merchant_phone")
public class MerchantPhone {

    @Id
    @Column(name = "merchant_no", length = 15)
    private String merchantNo;

    /** The data subject (architecture §4): the application the merchant was onboarded from; null on older rows. */
    @Column(name = "application_id", length = 64)
    private String applicationId;

    @Column(nullable = false, length = 20)
    private String masked;

    @Column(nullable = false, length = 500)
    private String sealed;

    @Column(name = "key_id", nullable = false, length = 50)
    private String keyId;

    protected MerchantPhone() {
    }

    public MerchantPhone(String merchantNo, String applicationId, SealedValue phone) {
        this.merchantNo = merchantNo;
        this.applicationId = applicationId;
        this.masked = phone.masked();
        this.sealed = phone.sealed();
        this.keyId = phone.keyId();
    }

    public Optional<String> applicationId() {
        return Optional.ofNullable(applicationId);
    }

    public SealedValue phone() {
        return new SealedValue(masked, sealed, keyId);
    }
}
