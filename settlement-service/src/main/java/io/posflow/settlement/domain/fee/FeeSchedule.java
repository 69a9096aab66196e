package io.posflow.settlement.domain.fee;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.Wallet;

import java.util.Objects;

/**
 * The merchant discount rates (S1) and the T0 surcharge (S3). Every rate applies to the whole amount and
 * every fee rounds half-up to the fen; the surcharge is rounded on its own, on top of the discount fee.
 *
 * @param debitCap          the most a DEBIT transaction pays, whatever its amount
 * @param unionPayQrLimit   UNIONPAY QR pays {@code unionPayQr} up to and including this amount; above it,
 *                          the funding card's rule (DEBIT: the debit rule, anything else: CREDIT)
 */
public record FeeSchedule(RateBps credit, RateBps debit, Money debitCap, RateBps overseas, RateBps wechat,
                          RateBps alipay, RateBps unionPayQr, Money unionPayQrLimit, RateBps t0Surcharge) {

    public FeeSchedule {
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(debitCap, "debitCap");
        Objects.requireNonNull(overseas, "overseas");
        Objects.requireNonNull(wechat, "wechat");
        Objects.requireNonNull(alipay, "alipay");
        Objects.requireNonNull(unionPayQr, "unionPayQr");
        Objects.requireNonNull(unionPayQrLimit, "unionPayQrLimit");
        Objects.requireNonNull(t0Surcharge, "t0Surcharge");
        if (debitCap.isNegative() || unionPayQrLimit.isNegative()) {
            throw new IllegalArgumentException("the debit cap and the UnionPay QR limit are not negative");
        }
    }

    /**
     * The fees of one transaction. A negative amount (a REFUND) gets the negated fees of the positive one.
     *
     * @param cardType CARD: the card's type; UNIONPAY QR: the funding card's type, if the capture sent one
     */
    public Fees feesFor(PaymentChannel channel, CardType cardType, Wallet wallet, Money amount,
                        SettlementSpeed speed) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(speed, "speed");
        Money surcharge = speed == SettlementSpeed.T0 ? t0Surcharge.of(amount) : Money.ZERO;
        return Fees.of(amount, mdrFee(channel, cardType, wallet, amount), surcharge);
    }

    private Money mdrFee(PaymentChannel channel, CardType cardType, Wallet wallet, Money amount) {
        Objects.requireNonNull(channel, "channel");
        return switch (channel) {
            case CARD -> cardFee(Objects.requireNonNull(cardType, "a CARD transaction has a card type"), amount);
            case QR -> switch (Objects.requireNonNull(wallet, "a QR transaction has a wallet")) {
                case WECHAT -> wechat.of(amount);
                case ALIPAY -> alipay.of(amount);
                case UNIONPAY -> amount.abs().isGreaterThan(unionPayQrLimit)
                        ? cardFee(cardType == CardType.DEBIT ? CardType.DEBIT : CardType.CREDIT, amount)
                        : unionPayQr.of(amount);
            };
        };
    }

    private Money cardFee(CardType cardType, Money amount) {
        return switch (cardType) {
            case CREDIT -> credit.of(amount);
            case OVERSEAS -> overseas.of(amount);
            case DEBIT -> {
                Money fee = debit.of(amount);
                if (!fee.abs().isGreaterThan(debitCap)) {
                    yield fee;
                }
                yield amount.isNegative() ? debitCap.negate() : debitCap;
            }
        };
    }
}
