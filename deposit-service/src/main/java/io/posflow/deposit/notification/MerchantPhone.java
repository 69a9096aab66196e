package io.posflow.deposit.notification;

import io.posflow.contracts.pii.SealedValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The merchant's registered phone, kept SEALED as MerchantOnboarded carried it (DESIGN §4): the clear
 * number exists only while a refund SMS is being sent.
 */
@Entity
@Table(name = "merchant_phone")
public class MerchantPhone {

    @Id
    @Column(name = "merchant_no", length = 15)
    private String merchantNo;

    @Column(nullable = false, length = 64)
    private String masked;

    @Column(nullable = false, length = 512)
    private String sealed;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MerchantPhone() {
    }

    public MerchantPhone(String merchantNo, SealedValue phone, Instant recordedAt) {
        this.merchantNo = merchantNo;
        replace(phone, recordedAt);
    }

    public void replace(SealedValue phone, Instant at) {
        this.masked = phone.masked();
        this.sealed = phone.sealed();
        this.keyId = phone.keyId();
        this.recordedAt = at;
    }

    public SealedValue phone() {
        return new SealedValue(masked, sealed, keyId);
    }

    public String merchantNo() {
        return merchantNo;
    }
}
