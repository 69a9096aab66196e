package io.posflow.deposit.adapter.provider;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.deposit.domain.deposit.DepositRefunded;
import io.posflow.deposit.readmodel.state.MerchantPhone;
import io.posflow.deposit.readmodel.state.MerchantPhoneRepository;
import io.posflow.platform.sms.SmsSender;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * D3: the merchant is told by SMS that the deposit was refunded, naming the amount in yuan. A subscribing
 * processor, so the SMS is sent in the transaction that records DepositRefunded — once per refund, and
 * never for a replayed event. The phone is revealed from its data subject's key (architecture §4); once that subject
 * was crypto-shredded there is no number to send to, and the refund stands without an SMS.
 */
@Component
@ProcessingGroup(RefundSms.PROCESSING_GROUP)
public class RefundSms {

    public static final String PROCESSING_GROUP = "refund-sms";
    private static final Logger log = LoggerFactory.getLogger(RefundSms.class);

    private final MerchantPhoneRepository phones;
    private final SubjectSealing sealing;
    private final SmsSender sms;

    RefundSms(MerchantPhoneRepository phones, SubjectSealing sealing, SmsSender sms) {
        this.phones = phones;
        this.sealing = sealing;
        this.sms = sms;
    }

    static String text(Money refunded) {
        return "【posflow】您的终端押金" + refunded.toYuan() + "元已退还至结算账户。";
    }

    @EventHandler
    void on(DepositRefunded event) {
        // The payout consumer parks the payout until the phone is known, so a missing phone is a bug.
        MerchantPhone phone = phones.findById(event.merchantNo()).orElseThrow(() -> new IllegalStateException(
                "No phone is known for merchant " + event.merchantNo() + " to send the refund SMS"));
        sealing.reveal(phone.phone()).ifPresentOrElse(
                number -> sms.send(number, text(Money.ofFen(event.depositFen()))),
                () -> log.info("No refund SMS for merchant {}: its data subject {} was crypto-shredded",
                        event.merchantNo(), phone.subjectId().orElse("(unknown)")));
    }
}
