package io.posflow.terminal.usecase;

import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.platform.sms.SmsSender;
import io.posflow.terminal.domain.terminal.MerchantNo;
import io.posflow.terminal.readmodel.state.MerchantPhone;
import io.posflow.terminal.readmodel.state.MerchantPhoneRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Sends an activation code to the merchant's phone, unsealed only here and only for the moment of sending. A phone
 * whose data subject was shredded (architecture §4) cannot be revealed: no SMS is sent, and that is logged without it.
 */
@Component
class ActivationSms {

    private static final Logger log = LoggerFactory.getLogger(ActivationSms.class);

    /** T2: the 12 digits stand together in the text; the validity is the configured one. */
    static final String TEXT = "【posflow】您的终端激活码：%s，%d天内有效。";

    private final MerchantPhoneRepository phones;
    private final SubjectSealing sealing;
    private final SmsSender sms;
    private final ActivationCodes codes;

    ActivationSms(MerchantPhoneRepository phones, SubjectSealing sealing, SmsSender sms, ActivationCodes codes) {
        this.phones = phones;
        this.sealing = sealing;
        this.sms = sms;
        this.codes = codes;
    }

    void send(MerchantNo merchantNo, IssuedCode code) {
        MerchantPhone phone = phones.findById(merchantNo.value())
                .orElseThrow(() -> new IllegalStateException("No phone is known for merchant " + merchantNo));
        Optional<String> clear = sealing.reveal(phone.phone());
        if (clear.isEmpty()) {
            log.warn("Activation code for merchant {} not sent: its phone was shredded (architecture §4)", merchantNo);
            return;
        }
        sms.send(clear.get(), TEXT.formatted(code.digits(), codes.validityDays()));
    }
}
