package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A group's numbered unit written "No. N", with the group first, or in Han numerals; a number no unit bears leaves the
 * group; and an entry's own number against an alias that numbers another unit.
 */
class NumberedUnitsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry GROUP =
            institution("China Widget Electronics Group Corporation", "CN", null, "CWEG", "中国微件电子集团有限公司");
    private static final InstitutionEntry NINTH = institution("9th Research Institute of CWEG", "CN", GROUP.id());
    private static final InstitutionEntry FOURTEENTH =
            institution("The 14th Research Institute of CWEG", "CN", GROUP.id());
    private static final InstitutionEntry THIRTIETH =
            institution("30th Central Widget Research Institute", "RU", null, "30th TsWNII");
    private static final InstitutionEntry TWENTIETH =
            institution("20th Central Widget Research Institute", "RU", null, "20 TsWNII", "30 TsWNII");

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(GROUP, NINTH, FOURTEENTH, THIRTIETH, TWENTIETH));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aGroupsNumberedUnitIsReadInOtherWordOrdersAndNumerals() {
        assertThat(best("14th Research Institute of China Widget Electronics Group"))
                .isEqualTo(FOURTEENTH.id().toString());
        assertThat(best("No. 9 Research Institute of CWEG, Hefei 230088"))
                .isEqualTo(NINTH.id().toString());
        assertThat(best("China Widget Electronics Group Corporation 9th Research Institute, Beijing"))
                .isEqualTo(NINTH.id().toString());
        assertThat(best("中国微件电子集团有限公司 第十四研究所")).isEqualTo(FOURTEENTH.id().toString());
        assertThat(best("中国微件电子集团有限公司 第九研究所")).isEqualTo(NINTH.id().toString());
    }

    @Test
    void aNumberNoUnitBearsLeavesTheGroup() {
        assertThat(best("No. 12 Research Institute of China Widget Electronics Group Corporation"))
                .isEqualTo(GROUP.id().toString());
        assertThat(best("中国微件电子集团有限公司 第十二研究所")).isEqualTo(GROUP.id().toString());
    }

    @Test
    void hanOrdinalsNumberUnits() {
        assertThat(UnitNumbers.of("第十四研究所")).containsExactly("14");
        assertThat(UnitNumbers.of("第二十研究所")).containsExactly("20");
        assertThat(UnitNumbers.of("第六研究院")).containsExactly("6");
        assertThat(UnitNumbers.of("第一作者")).isEmpty();
    }

    @Test
    void anAliasNumberingAnotherUnitDoesNotMakeTheEntryThatUnit() {
        assertThat(best("20 TsWNII, Moscow")).isEqualTo(TWENTIETH.id().toString());
        assertThat(best("30 TsWNII, Moscow")).isEqualTo(THIRTIETH.id().toString());
        assertThat(best("30 TsWNII of the Ministry of Defence of the Russian Federation, Moscow"))
                .isNotEqualTo(TWENTIETH.id().toString());
    }
}
