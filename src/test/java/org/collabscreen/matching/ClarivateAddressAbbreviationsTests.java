package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Web of Science prints affiliations in Clarivate's address abbreviations ("ACAD MIL MED SCI, INST BIOENGN", "INST
 * RADIAT MED"): they read as the words they abbreviate, so a listed unit written so ranks above its academy.
 */
class ClarivateAddressAbbreviationsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry ACADEMY = institution("Academy of Widget Medical Sciences", "CN", null);
    private static final InstitutionEntry UNIT = institution(
            "Academy of Widget Medical Sciences, Institute of Bioengineering",
            "CN",
            ACADEMY.id(),
            "Institute of Bioengineering");

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(ACADEMY, UNIT));

    @Test
    void radiationAndBioengineeringAreReadFromTheirAbbreviations() {
        Vocabulary words = InstitutionVocabulary.INSTANCE;
        assertThat(words.canonical("radiat")).isEqualTo(words.canonical("radiation"));
        assertThat(words.canonical("bioengn")).isEqualTo(words.canonical("bioengineering"));
        assertThat(words.canonical("radiata")).isNotEqualTo(words.canonical("radiation"));
    }

    @Test
    void aUnitWrittenInAbbreviationsIsTheUnit() {
        List<NameMatch> found = matcher.match("ACAD WIDGET MED SCI, INST BIOENGN, BEIJING 100071", "CN", MIN_SCORE, 1);
        assertThat(found).extracting(NameMatch::id).containsExactly(UNIT.id());
    }
}
