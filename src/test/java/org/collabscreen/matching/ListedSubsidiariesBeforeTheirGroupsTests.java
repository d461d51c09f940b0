package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.SeededInstitutions.ENTRIES;
import static org.collabscreen.matching.SeededInstitutions.MATCHER;
import static org.collabscreen.matching.SeededInstitutions.MIN_SCORE;
import static org.collabscreen.matching.SeededInstitutions.nameOf;

/**
 * A listed subsidiary written by its own name resolves to itself, not to the group whose name its own holds: its
 * registered Chinese name with its city in brackets of either width or with a legal form after its listed name, its brand
 * and city before a plant's word, and the
 * listed companies by the brand, trading and stock short names documents write them by. Generated from the seed: every
 * listed company that has a listed parent is walked through the forms, so a company added to the lists is checked too.
 */
class ListedSubsidiariesBeforeTheirGroupsTests {

    /** A registered Chinese name with its city in full-width brackets, as other-names.tsv files them. */
    private static final Pattern CITY_IN_BRACKETS = Pattern.compile("（(\\p{IsHan}{2,4})）");

    /** An English short name: the group's acronym and a city ("ACME Tianjin"). */
    private static final Pattern ACRONYM_AND_CITY = Pattern.compile("[A-Z]{3,6} \\p{Lu}\\p{Ll}+");

    private static final Map<UUID, InstitutionEntry> BY_ID = new HashMap<>();

    static {
        ENTRIES.forEach(entry -> BY_ID.put(entry.id(), entry));
    }

    @Test
    void everyListedSubsidiarysRegisteredNameWithASCIIBracketsIsItself() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (InstitutionEntry entry : subsidiaries()) {
            for (String other : OtherNames.INSTITUTIONS.of(entry.name())) {
                Matcher city = CITY_IN_BRACKETS.matcher(other);
                if (!city.find()) {
                    continue;
                }
                checked++;
                String ascii = other.replace('（', '(').replace('）', ')');
                for (String written : List.of(ascii, ascii + "，" + city.group(1))) {
                    String found = best(written);
                    if (!entry.name().equals(found)) {
                        wrong.add(written + " -> " + found);
                    }
                }
            }
        }
        assertThat(checked)
                .as("subsidiaries' registered names with a city in brackets")
                .isGreaterThanOrEqualTo(4);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyListedSubsidiaryNamedByItsGroupsAcronymAndCityIsItselfAtItsPlant() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (InstitutionEntry entry : subsidiaries()) {
            for (String alias : entry.aliases()) {
                if (!ACRONYM_AND_CITY.matcher(alias).matches()) {
                    continue;
                }
                checked++;
                for (String written : List.of(alias + " fab", alias + " Fab 2", alias + " plant")) {
                    String found = best(written);
                    if (!entry.name().equals(found)) {
                        wrong.add(written + " -> " + found);
                    }
                }
            }
        }
        assertThat(checked).as("subsidiaries named by an acronym and a city").isGreaterThanOrEqualTo(3);
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "中芯国际集成电路制造(天津)有限公司，天津 | Semiconductor Manufacturing International (Tianjin) Corporation",
                "SMIC Shenzhen fab, Pingshan | Semiconductor Manufacturing International (Shenzhen) Corporation",
                "中国商飞 北京民用飞机技术研究中心，昌平 | Beijing Aeronautical Science & Technology Research Institute",
                "Tianyi Cloud, Beijing | Tianyi Cloud Technology Co., Ltd.",
                "航天三江 红峰公司 | China Aerospace Science and Industry Corporation",
                "中航工业北京航空材料研究院 钛合金研究室 | Aviation Industry Corporation of China",
                "中国航发北京航空材料研究院 | Aero Engine Corporation of China",
                "华东电脑 600850 | CETC Digital Technology Co., Ltd.",
                "盟升电子，成都 | Chengdu M&S Electronics Technology Co., Ltd.",
                "中航成飞 歼击机总装厂 | AVIC Chengdu Aircraft Co., Ltd.",
                "卓望信息 深圳 | Aspire Technologies (Shenzhen) Limited",
                "Quectel, Hefei R&D centre | Quectel Wireless Solutions Co., Ltd.",
                "中科曙光 天津产业基地 | Dawning Information Industry Co., Ltd.",
                "RoboSense, Nanshan, Shenzhen | Robosense Technology Co., Ltd.",
                "大疆 深圳 | Shenzhen DJI Technology Co., Ltd.",
                "中国航空工业集团公司第六〇一研究所有限公司 | Shenyang Aircraft Design Institute",
                "华为有限公司，东莞 | Huawei Technologies Co., Ltd.",
            })
    void resolvesTheMostSpecificListedEntityAndCompaniesByTheirBrands(String input, String expected) {
        assertThat(best(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "China Airlines, Taipei",
                "中国建设银行 北京分行",
                "中国卫星导航系统管理办公室",
                "中国卫星通信技术研讨会",
                "依图施工 技术交底",
            })
    void leavesOtherCompaniesAndOrdinaryWordsUnmatched(String input) {
        assertThat(best(input)).isNull();
    }

    private static List<InstitutionEntry> subsidiaries() {
        return ENTRIES.stream()
                .filter(entry -> entry.parentId() != null)
                .filter(entry -> "CN".equals(countryOf(entry)))
                .toList();
    }

    private static String countryOf(InstitutionEntry entry) {
        InstitutionEntry at = entry;
        while (at.country() == null && at.parentId() != null) {
            at = BY_ID.get(at.parentId());
        }
        return at.country();
    }

    private static String best(String input) {
        List<NameMatch> found = MATCHER.match(input, "CN", MIN_SCORE, 1);
        return found.isEmpty() ? null : nameOf(found.get(0).id());
    }
}
