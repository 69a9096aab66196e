package io.posflow.onboarding.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How merchant numbers are composed (O9): {@code institution} (3 digits) + {@code area} (4 digits) +
 * the MCC + a 4-digit sequence.
 */
@ConfigurationProperties("posflow.onboarding.merchant-number")
public record MerchantNumberProperties(@DefaultValue("484") String institution, @DefaultValue("1100") String area) {

    public MerchantNumberProperties {
        if (institution == null || !institution.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("posflow.onboarding.merchant-number.institution must be 3 digits");
        }
        if (area == null || !area.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("posflow.onboarding.merchant-number.area must be 4 digits");
        }
    }
}
