package io.posflow.settlement.config;

import io.posflow.contracts.money.Money;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service fees (S4), {@code posflow.settlement.service-fees.*}. DESIGN names one yearly data-card fee for every
 * device model, so it is one setting.
 *
 * @param dataCardFeeFen the yearly data-card fee (流量费), charged at activation and on each anniversary
 *                       (4,800 fen = 48 yuan)
 */
@ConfigurationProperties("posflow.settlement.service-fees")
public record ServiceFeeProperties(@DefaultValue("4800") long dataCardFeeFen) {

    public ServiceFeeProperties {
        if (dataCardFeeFen < 0) {
            throw new IllegalArgumentException("posflow.settlement.service-fees.data-card-fee-fen is not negative");
        }
    }

    public Money dataCardFee() {
        return Money.ofFen(dataCardFeeFen);
    }
}
