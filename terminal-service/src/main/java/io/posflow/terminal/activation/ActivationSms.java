package io.posflow.terminal.activation;

import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.platform.sms.SmsSender;
import io.posflow.terminal.terminal.MerchantNo;
import org.springframework.stereotype.Component;

/** Sends an activation code to the merchant's phone, unsealed only here and only for the moment of sending. */
@Component
class ActivationSms {

    /** T2: the 12 digits stand together in the text; the validity is the configured one. */
    static final String TEXT = "【posflow】您的终端激活码：%s，%d天内有效。";

    private final MerchantPhoneRepository phones;
    private final SealedValueCodec sealing;
    private final SmsSender sms;
    private final ActivationCodes codes;

    ActivationSms(MerchantPhoneRepository phones, SealedValueCodec sealing, SmsSender sms, ActivationCodes codes) {
        this.phones = phones;
        this.sealing = sealing;
        this.sms = sms;
        this.codes = codes;
    }

    void send(MerchantNo merchantNo, IssuedCode code) {
        MerchantPhone phone = phones.findById(merchantNo.value())
                .orElseThrow(() -> new IllegalStateException("No phone is known for merchant " + merchantNo));
        sms.send(sealing.unseal(phone.phone()), TEXT.formatted(code.digits(), codes.validityDays()));
    }
}
