package io.posflow.terminal.readmodel.state;

import io.posflow.contracts.pii.SealedValue;
import io.posflow.platform.sms.SealedPhone;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The merchant's registered phone, where activation codes go (T2): sealed under its data subject's key, the
 * application the merchant was onboarded from (architecture §4).
 */
@Entity
@Table(name = "merchant_phone")
@AttributeOverride(name = "owner", column = @Column(name = "merchant_no", length = 15))
@AttributeOverride(name = "subjectId", column = @Column(name = "application_id", length = 100))
public class MerchantPhone extends SealedPhone {

    protected MerchantPhone() {
    }

    /** @param phone as {@link SealedPhone#storable} made it, or sealed for transport (rows kept before it) */
    public MerchantPhone(String merchantNo, String applicationId, SealedValue phone) {
        super(merchantNo, applicationId, phone);
    }
}
