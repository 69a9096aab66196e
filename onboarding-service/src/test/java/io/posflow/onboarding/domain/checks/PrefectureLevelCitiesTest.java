package io.posflow.onboarding.domain.checks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PrefectureLevelCitiesTest {

    private static final PrefectureLevelCities CITIES = PrefectureLevelCities.load();

    private static long countEndingWith(String suffix) {
        return CITIES.names().stream().filter(n -> n.endsWith(suffix)).count();
    }

    @Test
    void O3_theListHasThe333PrefectureLevelDivisionsAndThe4Municipalities() {
        assertThat(CITIES.names()).hasSize(337).doesNotHaveDuplicates();
    }

    @Test
    void O3_theListHasEveryKindOfPrefectureLevelDivisionInTheOfficialNumbers() {
        // End of 2023: 293 地级市 + 7 地区 + 30 自治州 + 3 盟; the 4 municipalities also end in 市.
        assertThat(countEndingWith("自治州")).isEqualTo(30);
        assertThat(countEndingWith("地区")).isEqualTo(7);
        assertThat(countEndingWith("盟")).isEqualTo(3);
        assertThat(countEndingWith("市")).isEqualTo(293 + 4);
    }

    @Test
    void O3_theListHasTheFourMunicipalities() {
        assertThat(CITIES.names()).contains("北京市", "天津市", "上海市", "重庆市");
    }

    @Test
    void O3_theListHasCitiesFromAcrossTheCountry() {
        assertThat(CITIES.names()).contains(
                "石家庄市", "杭州市", "广州市", "深圳市", "成都市", "哈尔滨市", "三沙市", "儋州市", "拉萨市",
                "那曲市", "乌鲁木齐市", "吐鲁番市", "毕节市", "铜仁市", "海东市", "襄阳市", "普洱市",
                "大兴安岭地区", "阿里地区", "喀什地区", "阿拉善盟", "锡林郭勒盟", "兴安盟",
                "延边朝鲜族自治州", "恩施土家族苗族自治州", "西双版纳傣族自治州", "海西蒙古族藏族自治州",
                "克孜勒苏柯尔克孜自治州");
    }

    @Test
    void O3_theListHasNoCountyLevelOrAbolishedDivisions() {
        // 济源 and 仙桃 are county-level cities under their province; 莱芜 joined 济南 in 2019, 巢湖 was
        // split in 2011; 襄樊 is 襄阳 since 2010; 思茅 is 普洱 since 2007.
        assertThat(CITIES.names()).doesNotContain("济源市", "仙桃市", "石河子市", "五指山市", "莱芜市", "巢湖市",
                "襄樊市", "思茅市", "市辖区");
    }

    @ParameterizedTest
    @CsvSource({
            "杭州市, 杭州",
            "大兴安岭地区, 大兴安岭",
            "阿拉善盟, 阿拉善",
            "北京市, 北京",
            "恩施土家族苗族自治州, 恩施",
            "黔东南苗族侗族自治州, 黔东南",
            "海西蒙古族藏族自治州, 海西",
            "博尔塔拉蒙古自治州, 博尔塔拉",
            "克孜勒苏柯尔克孜自治州, 克孜勒苏",
            "伊犁哈萨克自治州, 伊犁",
            "德宏傣族景颇族自治州, 德宏"})
    void O3_aDivisionIsAlsoKnownByItsNameWithoutSuffix(String name, String shortName) {
        assertThat(PrefectureLevelCities.shortName(name)).isEqualTo(shortName);
    }

    @Test
    void O3_everyShortNameHasTwoCharactersAtLeastAndNoPeopleInIt() {
        assertThat(CITIES.names()).map(PrefectureLevelCities::shortName)
                .allSatisfy(s -> assertThat(s).hasSizeGreaterThanOrEqualTo(2).doesNotContain("族"))
                .doesNotHaveDuplicates();
    }

    @Test
    void O3_aTextIsFoundToContainACityWithOrWithoutItsSuffix() {
        assertThat(CITIES.foundIn("北京市朝阳区老王便利店")).contains("北京市");
        assertThat(CITIES.foundIn("杭州西湖区小李水果店")).contains("杭州");
        assertThat(CITIES.foundIn("延边朝鲜族自治州冷面馆")).contains("延边朝鲜族自治州");
        assertThat(CITIES.foundIn("老王便利店第一分店")).isEmpty();
    }

    @Test
    void theFileIgnoresCommentsAndBlankLinesAndRefusesDuplicates() {
        assertThat(PrefectureLevelCities.parse("# header\n\n杭州市  # Zhejiang\n 宁波市\n").names())
                .isEqualTo(List.of("杭州市", "宁波市"));
        assertThatIllegalArgumentException().isThrownBy(() -> PrefectureLevelCities.parse("杭州市\n杭州市\n"));
    }
}
