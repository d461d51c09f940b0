package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A company's brand may be a place's name too; before an administrative division's word ("Township", "County") it is
 * the place's, and the segment names a local body, not the company's research arm.
 */
class BrandWordsThatNamePlacesTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry ZORBEL =
            institution("Zhejiang Zorbel Technology Co., Ltd.", "CN", null, "Zorbel");

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(ZORBEL));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, "CN", MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aBrandWordBeforeADivisionNamesAPlace() {
        assertThat(best("Zorbel Township Health Centre, Guangxi")).isNull();
        assertThat(best("Zorbel County Research Institute of Agriculture")).isNull();
    }

    @Test
    void aBrandBeforeItsResearchArmIsStillTheCompany() {
        assertThat(best("Zorbel Research Institute, Hangzhou"))
                .isEqualTo(ZORBEL.id().toString());
    }
}
