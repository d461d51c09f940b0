package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A PLA unit's designator written with the army's name around it, a company's legal name before its trade name, and a
 * long technology-form word misspelt by a letter.
 */
class UnitDesignatorsTradeNamesAndTyposTests {

    private static final InstitutionEntry TEST_BASE = institution("Widget Testing Base", "CN", null, "Unit 99887");
    private static final InstitutionEntry WIDGET_CORPORATION = institution("Widgetair Design Corporation", "US", null);
    private static final InstitutionEntry POLYTECHNIC =
            institution("Eastern Widget Polytechnical University", "CN", null);
    private static final InstitutionEntry WIDGET_UNIVERSITY = institution("Eastern Widget University", "CN", null);

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(TEST_BASE, WIDGET_CORPORATION, POLYTECHNIC, WIDGET_UNIVERSITY));

    private InstitutionEntry best(String input, String country) {
        List<NameMatch> found = matcher.match(input, country, 0.8, 1);
        if (found.isEmpty()) {
            return null;
        }
        return List.of(TEST_BASE, WIDGET_CORPORATION, POLYTECHNIC, WIDGET_UNIVERSITY).stream()
                .filter(entry -> entry.id().equals(found.get(0).id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aUnitDesignatorIsReadWithoutTheArmysName() {
        assertThat(best("PLA Unit 99887, Mianyang", "CN")).isEqualTo(TEST_BASE);
        assertThat(best("Unit 99887 of the Chinese People's Liberation Army", "CN"))
                .isEqualTo(TEST_BASE);
        assertThat(MilitaryUnitDesignators.designator("widget street 99887")).isNull();
    }

    @Test
    void aLegalNameIsReadBeforeItsTradeName() {
        assertThat(best("Widgetair Design Corporation dba Widgetair Aircraft, Duluth, Minnesota", "US"))
                .isEqualTo(WIDGET_CORPORATION);
        assertThat(SegmentReadings.beforeItsTradeName("widget works")).isNull();
    }

    @Test
    void aLongTechnologyFormWordMisspeltByALetterKeepsItsForm() {
        assertThat(best("Eastern Widget Polytechnial University", null)).isEqualTo(POLYTECHNIC);
        assertThat(best("Eastern Widget Polytecnical University", null)).isEqualTo(POLYTECHNIC);
        assertThat(best("Eastern Widget University", null)).isEqualTo(WIDGET_UNIVERSITY);
    }
}
