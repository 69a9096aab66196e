package io.posflow.terminal.activation;

import io.posflow.contracts.pii.SealedValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The merchant's registered phone, as MerchantOnboarded carried it: sealed (AES-GCM under the PII keyring),
 * never in clear. Kept out of the append-only event store so it can be deleted with the merchant's data.
 */
@Entity
@Table(name = "merchant_phone")
public class MerchantPhone {

    @Id
    @Column(name = "merchant_no", length = 15)
    private String merchantNo;

    @Column(nullable = false, length = 20)
    private String masked;

    @Column(nullable = false, length = 500)
    private String sealed;

    @Column(name = "key_id", nullable = false, length = 50)
    private String keyId;

    protected MerchantPhone() {
    }

    public MerchantPhone(String merchantNo, SealedValue phone) {
        this.merchantNo = merchantNo;
        this.masked = phone.masked();
        this.sealed = phone.sealed();
        this.keyId = phone.keyId();
    }

    SealedValue phone() {
        return new SealedValue(masked, sealed, keyId);
    }
}
