package io.posflow.onboarding.domain.checks;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.posflow.contracts.onboarding.ApplicantType.ENTERPRISE;
import static io.posflow.contracts.onboarding.ApplicantType.INDIVIDUAL_BUSINESS;
import static io.posflow.contracts.onboarding.ApplicantType.PERSONAL;
import static org.assertj.core.api.Assertions.assertThat;

class MerchantNameRulesTest {

    private static final MerchantNameRules RULES = new MerchantNameRules(PrefectureLevelCities.load());

    private static List<ReasonCode> codes(String name, ApplicantType type) {
        return RULES.check(name, type).stream().map(Reason::code).toList();
    }

    @Test
    void O3_designsExampleNameIsAccepted() {
        assertThat(RULES.check("北京市朝阳区老王便利店", PERSONAL)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "杭州市西湖区小李水果店",
            "杭州西湖区小李水果店",          // without 市
            "上海浦东陈记面馆一号店",
            "恩施土家族苗族自治州腊肉铺",
            "恩施小张腊肉铺子一号",          // 自治州 by its place name
            "大兴安岭地区加格达奇小卖部",
            "阿拉善左旗巴彦浩特小卖部",      // 盟 by its name without suffix
            "喀什古城老城区馕坑小店",
            "儋州那大镇椰子糖果店"})
    void O3_aNameWithAPrefectureLevelCityOrMunicipalityIsAccepted(String name) {
        assertThat(RULES.check(name, PERSONAL)).isEmpty();
    }

    @Test
    void O3_aNameWithoutAPrefectureLevelCityIsRefused() {
        // 西湖区 is a district, 义乌 a county-level city: neither is prefecture level.
        assertThat(codes("西湖区老王便利店铺", PERSONAL)).containsExactly(ReasonCode.MERCHANT_NAME_NO_CITY);
        assertThat(codes("义乌小商品批发铺子", PERSONAL)).containsExactly(ReasonCode.MERCHANT_NAME_NO_CITY);
    }

    @Test
    void O3_aNameOfSevenCharactersIsLongEnoughAndOfSixTooShort() {
        assertThat(codes("杭州市老王便利", PERSONAL)).isEmpty();
        assertThat(codes("杭州市老王店", PERSONAL)).containsExactly(ReasonCode.MERCHANT_NAME_TOO_SHORT);
    }

    @Test
    void O3_surroundingSpacesDoNotCountAsCharacters() {
        assertThat(codes("  杭州市老王店  ", PERSONAL)).containsExactly(ReasonCode.MERCHANT_NAME_TOO_SHORT);
    }

    @Test
    void O3_aCharacterOutsideTheBasicPlaneCountsOnce() {
        // 𠮷 (U+20BB7) is two Java chars: with it the name has 6 characters, not 7.
        assertThat(codes("杭州市𠮷老店", PERSONAL)).containsExactly(ReasonCode.MERCHANT_NAME_TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"杭州市老王商贸有限公司", "杭州市老王商贸有限责任公司", "杭州市老王科技股份有限公司"})
    void O3_aPersonalMerchantMayNotUseTheLimitedCompanySuffix(String name) {
        assertThat(codes(name, PERSONAL)).containsExactly(ReasonCode.MERCHANT_NAME_COMPANY_SUFFIX);
    }

    @ParameterizedTest
    @EnumSource(names = {"INDIVIDUAL_BUSINESS", "ENTERPRISE"})
    void O3_aLicensedMerchantMayUseTheLimitedCompanySuffix(ApplicantType type) {
        assertThat(codes("杭州市老王商贸有限公司", type)).isEmpty();
    }

    @Test
    void O3_allProblemsAreReturnedAtOnce() {
        assertThat(codes("老王有限公司", PERSONAL)).containsExactly(
                ReasonCode.MERCHANT_NAME_TOO_SHORT, ReasonCode.MERCHANT_NAME_NO_CITY,
                ReasonCode.MERCHANT_NAME_COMPANY_SUFFIX);
        assertThat(codes("老王有限公司", ENTERPRISE)).containsExactly(
                ReasonCode.MERCHANT_NAME_TOO_SHORT, ReasonCode.MERCHANT_NAME_NO_CITY);
        assertThat(codes("", INDIVIDUAL_BUSINESS)).containsExactly(
                ReasonCode.MERCHANT_NAME_TOO_SHORT, ReasonCode.MERCHANT_NAME_NO_CITY);
    }
}
