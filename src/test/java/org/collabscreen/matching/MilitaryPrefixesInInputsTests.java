package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A PLA school whose name is short once its prefix is left out is also written with a prefix the list did not give
 * (the list's 中国人民解放军信息工程大学 as 战略支援部队信息工程大学 郑州), followed by its city.
 */
class MilitaryPrefixesInInputsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry SCHOOL =
            institution("Widget Engineering University", "CN", null, "中国人民解放军部件工程大学");
    private static final InstitutionEntry CIVILIAN =
            institution("Qelbar Widget Engineering University", "CN", null, "柯尔巴部件工程大学");

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(SCHOOL, CIVILIAN));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, "CN", MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void theSchoolWrittenAfterAnotherPrefixAndItsCityIsTheSchool() {
        assertThat(best("战略支援部队部件工程大学 郑州")).isEqualTo(SCHOOL.id().toString());
        assertThat(best("中国人民解放军部件工程大学 郑州")).isEqualTo(SCHOOL.id().toString());
    }

    @Test
    void aLongerNameEndingInTheShortNameIsNotTheSchool() {
        assertThat(best("柯尔巴部件工程大学 南京")).isEqualTo(CIVILIAN.id().toString());
    }
}
