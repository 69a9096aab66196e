package io.posflow.settlement.config;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.fee.FeeSchedule;
import io.posflow.settlement.domain.fee.RateBps;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The merchant discount rates (S1) and the T0 surcharge (S3), {@code posflow.settlement.fees.*}. Rates are
 * percentages with at most two decimals ({@code 0.60%}); amounts are fen.
 *
 * @param debitCapFen          the most a DEBIT transaction pays (2,000 fen = 20 yuan)
 * @param unionPayQrLimitFen   UNIONPAY QR pays {@code unionPayQr} up to and including this amount (1,000 yuan)
 */
@ConfigurationProperties("posflow.settlement.fees")
public record FeeProperties(@DefaultValue("0.60%") RateBps credit,
                            @DefaultValue("0.50%") RateBps debit,
                            @DefaultValue("2000") long debitCapFen,
                            @DefaultValue("1.00%") RateBps overseas,
                            @DefaultValue("0.38%") RateBps wechat,
                            @DefaultValue("0.38%") RateBps alipay,
                            @DefaultValue("0.38%") RateBps unionPayQr,
                            @DefaultValue("100000") long unionPayQrLimitFen,
                            @DefaultValue("0.05%") RateBps t0Surcharge) {

    FeeSchedule schedule() {
        return new FeeSchedule(credit, debit, Money.ofFen(debitCapFen), overseas, wechat, alipay, unionPayQr,
                Money.ofFen(unionPayQrLimitFen), t0Surcharge);
    }
}
