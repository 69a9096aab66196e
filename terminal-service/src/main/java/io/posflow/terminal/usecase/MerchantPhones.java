package io.posflow.terminal.usecase;

import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.sms.SealedPhone;
import io.posflow.terminal.domain.terminal.MerchantNo;
import io.posflow.terminal.readmodel.state.MerchantPhone;
import io.posflow.terminal.readmodel.state.MerchantPhoneRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the merchant's phone as MerchantOnboarded carried it, sealed again under the merchant's data subject's key
 * (architecture §4: the application), so a shredded subject's phone can never be read again.
 */
@Component
public class MerchantPhones {

    private final MerchantPhoneRepository phones;
    private final SubjectSealing sealing;

    MerchantPhones(MerchantPhoneRepository phones, SubjectSealing sealing) {
        this.phones = phones;
        this.sealing = sealing;
    }

    /**
     * Stores {@code received} (sealed for transport) under {@code applicationId}'s key; a subject already shredded
     * (a MerchantOnboarded delivered again after shredding) keeps the masked form only ({@link SealedPhone#storable}).
     */
    public void keep(MerchantNo merchantNo, String applicationId, SealedValue received) {
        phones.save(new MerchantPhone(merchantNo.value(), applicationId,
                SealedPhone.storable(sealing, applicationId, received)));
    }
}
