package io.posflow.terminal.adapter.web;

import io.posflow.contracts.pii.Luhn;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.terminal.domain.terminal.CardType;
import io.posflow.terminal.domain.terminal.PaymentChannel;
import io.posflow.terminal.domain.terminal.TransactionId;
import io.posflow.terminal.domain.terminal.TransactionType;
import io.posflow.terminal.domain.terminal.Wallet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code POST /terminals/{sn}/transactions} (architecture §5): {@code type} SALE, VOID or REFUND; VOID and REFUND add
 * {@code originalTransactionId}. CARD: {@code cardType}, {@code pan},
 * {@code cardholderName}; QR: {@code wallet} (UNIONPAY may add the funding {@code cardType}), no card fields.
 * Holds the PAN and the cardholder's name only for the request's lifetime; never prints them.
 */
public record CaptureRequest(String transactionId, String type, PaymentChannel channel, CardType cardType,
                             String pan, String cardholderName, Long amountFen, Instant deviceTime,
                             Wallet wallet, String originalTransactionId) {

    private static final Pattern PAN = Pattern.compile("[0-9]{13,19}");

    /** Every problem at once, without quoting a value. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!TransactionId.isValid(transactionId)) {
            problems.add(invalid("transactionId", "1 to " + TransactionId.MAX_LENGTH + " of A-Z, a-z, 0-9 and . _ : -"));
        }
        TransactionType kind = kind();
        if (kind == null) {
            problems.add(invalid("type", "SALE, VOID or REFUND is required"));
        } else if (kind == TransactionType.SALE && originalTransactionId != null) {
            problems.add(invalid("originalTransactionId", "a SALE refers to no original transaction"));
        } else if (kind != TransactionType.SALE && !TransactionId.isValid(originalTransactionId)) {
            problems.add(invalid("originalTransactionId", "a " + kind + " names the SALE it refers to"));
        }
        if (channel == null) {
            problems.add(invalid("channel", "CARD or QR is required"));
        }
        if (amountFen == null || amountFen <= 0) {
            problems.add(invalid("amountFen", "a positive amount in fen is required"));
        }
        if (channel == PaymentChannel.CARD) {
            if (cardType == null) {
                problems.add(invalid("cardType", "CREDIT, DEBIT or OVERSEAS is required for a card"));
            }
            if (pan == null || !PAN.matcher(pan).matches() || !Luhn.isValid(pan)) {
                problems.add(new FieldProblem("pan", ReasonCode.CARD_NUMBER_INVALID.name(),
                        ReasonCode.CARD_NUMBER_INVALID.defaultMessage()));
            }
            if (wallet != null) {
                problems.add(invalid("wallet", "a card payment has no wallet"));
            }
        }
        if (channel == PaymentChannel.QR) {
            if (wallet == null) {
                problems.add(invalid("wallet", "WECHAT, ALIPAY or UNIONPAY is required for QR"));
            }
            if (pan != null || cardholderName != null) {
                problems.add(invalid("pan", "a QR payment carries no card fields"));
            }
            if (cardType != null && wallet != Wallet.UNIONPAY) {
                problems.add(invalid("cardType", "only UNIONPAY QR names a funding card type"));
            }
        }
        return problems;
    }

    /**
     * Everything the device sent, in a fixed order, for the keyed request hash (T5: "the same body").
     * Contains the PAN and the name: it is hashed, never stored or logged.
     */
    String canonical(String serialNumber) {
        return String.join("\u001f", serialNumber, transactionId, type, String.valueOf(channel),
                String.valueOf(cardType), Objects.toString(pan, ""), Objects.toString(cardholderName, ""),
                String.valueOf(amountFen), String.valueOf(deviceTime), String.valueOf(wallet),
                Objects.toString(originalTransactionId, ""));
    }

    /** The transaction's type; null when missing or not one of SALE, VOID and REFUND. */
    TransactionType kind() {
        for (TransactionType candidate : TransactionType.values()) {
            if (candidate.name().equals(type)) {
                return candidate;
            }
        }
        return null;
    }

    private static FieldProblem invalid(String field, String message) {
        return new FieldProblem(field, GenericProblemCodes.INVALID_INPUT, message);
    }

    /** Never prints the PAN or the cardholder's name. */
    @Override
    public String toString() {
        return "CaptureRequest[transactionId=" + transactionId + ", type=" + type + ", channel=" + channel
                + ", cardType=" + cardType + ", wallet=" + wallet + ", amountFen=" + amountFen
                + ", originalTransactionId=" + originalTransactionId + "]";
    }
}
