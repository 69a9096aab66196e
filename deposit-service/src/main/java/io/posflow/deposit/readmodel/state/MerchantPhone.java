package io.posflow.deposit.readmodel.state;

import io.posflow.contracts.pii.SealedValue;
import io.posflow.platform.sms.SealedPhone;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The merchant's registered phone for the refund SMS (D3), sealed under its data subject's key: the application the
 * merchant was onboarded from (architecture §4). The clear number exists only while a refund SMS is being sent.
 */
@Entity
@Table(name = "merchant_phone")
@AttributeOverride(name = "owner", column = @Column(name = "merchant_no", length = 15))
@AttributeOverride(name = "subjectId", column = @Column(name = "application_id", length = 100))
public class MerchantPhone extends SealedPhone {

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MerchantPhone() {
    }

    /** @param phone as {@link SealedPhone#storable} made it */
    public MerchantPhone(String merchantNo, String applicationId, SealedValue phone, Instant recordedAt) {
        super(merchantNo, applicationId, phone);
        this.recordedAt = recordedAt;
    }

    /** MerchantOnboarded again (a redelivery, or a newer application's phone). */
    public void replace(String applicationId, SealedValue phone, Instant at) {
        replace(applicationId, phone);
        this.recordedAt = at;
    }
}
