package io.posflow.onboarding.domain.checks;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * O3, the merchant name: at least 7 characters, contains a prefecture-level city or municipality name,
 * and a PERSONAL merchant's name does not carry the limited company suffix. All problems at once.
 */
public final class MerchantNameRules {

    public static final int MIN_LENGTH = 7;
    /**
     * DESIGN O3: "PERSONAL merchants may not use 有限公司". 有限责任公司 is the same legal form spelled out
     * (Company Law: a limited liability company's name carries 有限责任公司 or 有限公司); 股份有限公司
     * contains 有限公司.
     */
    static final List<String> COMPANY_SUFFIXES = List.of("有限公司", "有限责任公司");

    private final PrefectureLevelCities cities;

    public MerchantNameRules(PrefectureLevelCities cities) {
        this.cities = Objects.requireNonNull(cities, "cities");
    }

    /** Every O3 problem of {@code merchantName} for an applicant of {@code type}; empty: the name is fine. */
    public List<Reason> check(String merchantName, ApplicantType type) {
        Objects.requireNonNull(merchantName, "merchantName");
        Objects.requireNonNull(type, "type");
        String name = merchantName.strip();
        List<Reason> problems = new ArrayList<>();
        // Characters as people count them: code points, so a rare character outside the BMP counts once.
        if (name.codePointCount(0, name.length()) < MIN_LENGTH) {
            problems.add(Reason.of(ReasonCode.MERCHANT_NAME_TOO_SHORT));
        }
        if (cities.foundIn(name).isEmpty()) {
            problems.add(Reason.of(ReasonCode.MERCHANT_NAME_NO_CITY));
        }
        if (type == ApplicantType.PERSONAL && COMPANY_SUFFIXES.stream().anyMatch(name::contains)) {
            problems.add(Reason.of(ReasonCode.MERCHANT_NAME_COMPANY_SUFFIX));
        }
        return List.copyOf(problems);
    }
}
