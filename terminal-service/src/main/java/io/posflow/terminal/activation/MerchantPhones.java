package io.posflow.terminal.activation;

import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.pii.SubjectShreddedException;
import io.posflow.terminal.terminal.MerchantNo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the merchant's phone as MerchantOnboarded carried it, sealed again under the merchant's data subject's key
 * (architecture §4: the application), so a shredded subject's phone can never be read again.
 */
@Component
public class MerchantPhones {

    private static final Logger log = LoggerFactory.getLogger(MerchantPhones.class);

    private final MerchantPhoneRepository phones;
    private final SubjectSealing sealing;

    MerchantPhones(MerchantPhoneRepository phones, SubjectSealing sealing) {
        this.phones = phones;
        this.sealing = sealing;
    }

    /**
     * Stores {@code received} (sealed for transport) under {@code applicationId}'s key. A subject already shredded
     * (a MerchantOnboarded delivered again after shredding) keeps the masked form only: nothing new is stored
     * under a shredded subject, and the message is not failed for it.
     */
    public void keep(MerchantNo merchantNo, String applicationId, SealedValue received) {
        SealedValue stored;
        try {
            stored = sealing.protect(applicationId, received);
        } catch (SubjectShreddedException shredded) {
            log.warn("Merchant {}'s data subject was shredded: its phone is kept masked only", merchantNo);
            stored = new SealedValue(received.masked(), "", SubjectSealing.SHREDDED_KEY_ID);
        }
        phones.save(new MerchantPhone(merchantNo.value(), applicationId, stored));
    }
}
