package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * An alias that only names a Chinese province names nothing, and a compass word before "China" names a region, not the
 * country.
 */
class ProvincesAndRegionsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry MACHINERY =
            institution("Qinghai Widget Machinery Group Co., Ltd.", "CN", null, "Qinhgai", "Widget Machinery");
    private static final InstitutionEntry UNIVERSITY =
            institution("University of Widget Science and Technology of China", "CN", null);
    private static final InstitutionEntry SOUTH_CHINA = institution("South China Widget University", "CN", null);

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(MACHINERY, UNIVERSITY, SOUTH_CHINA));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void anAliasThatOnlyNamesAProvinceDoesNotTakeAnotherBodyOfThatProvince() {
        assertThat(best("Qinghai University, Xining 810016")).isNull();
        assertThat(best("Qinghai Widget Machinery Group"))
                .isEqualTo(MACHINERY.id().toString());
        assertThat(best("Widget Machinery")).isEqualTo(MACHINERY.id().toString());
    }

    @Test
    void aCompassWordBeforeChinaNamesARegionNotTheCountry() {
        assertThat(best("East China University of Widget Science and Technology"))
                .isNull();
        assertThat(best("Univ Widget Sci & Technol China"))
                .isEqualTo(UNIVERSITY.id().toString());
        assertThat(best("S China Widget Univ")).isEqualTo(SOUTH_CHINA.id().toString());
        assertThat(best("Widget University, China"))
                .isNotEqualTo(SOUTH_CHINA.id().toString());
    }
}
