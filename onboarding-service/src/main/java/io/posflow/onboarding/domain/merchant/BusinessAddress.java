package io.posflow.onboarding.domain.merchant;

import java.util.Objects;

/** Where the merchant does business. Not personal data. */
public record BusinessAddress(String province, String city, String district, String street) {

    public BusinessAddress {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(street, "street");
    }
}
