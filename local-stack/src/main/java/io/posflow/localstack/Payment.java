package io.posflow.localstack;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a customer pays at the device (architecture §5, T5): a card ({@code cardType} CREDIT, DEBIT or OVERSEAS,
 * its PAN and the cardholder's name) or a QR wallet (WECHAT, ALIPAY, UNIONPAY; UNIONPAY may name its funding
 * {@code cardType}). A VOID and a REFUND are sent with the original sale's payment: a REFUND goes back to its card.
 */
record Payment(String channel, String cardType, String wallet, String pan, String cardholderName) {

    static Payment card(String cardType, String pan, String cardholderName) {
        return new Payment("CARD", cardType, null, pan, cardholderName);
    }

    /** {@code fundingCardType}: only for UNIONPAY, else null. */
    static Payment qr(String wallet, String fundingCardType) {
        return new Payment("QR", fundingCardType, wallet, null, null);
    }

    /**
     * The body of {@code POST /terminals/{sn}/transactions}. A device that hears no answer sends this same body
     * again under the same transaction id and gets the first answer (T5), so it is built once per transaction.
     * {@code originalTransactionId}: the SALE a VOID or REFUND refers to, null for a SALE.
     */
    Map<String, Object> body(String transactionId, String type, long amountFen, String originalTransactionId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transactionId", transactionId);
        body.put("type", type);
        body.put("channel", channel);
        if (cardType != null) {
            body.put("cardType", cardType);
        }
        if (wallet != null) {
            body.put("wallet", wallet);
        }
        if (pan != null) {
            body.put("pan", pan);
            body.put("cardholderName", cardholderName);
        }
        body.put("amountFen", amountFen);
        body.put("deviceTime", Instant.now().toString());
        if (originalTransactionId != null) {
            body.put("originalTransactionId", originalTransactionId);
        }
        return body;
    }

    /** The path a device posts its captures to. */
    static String capturePath(String serialNumber) {
        return "/api/v1/terminals/" + serialNumber + "/transactions";
    }
}
