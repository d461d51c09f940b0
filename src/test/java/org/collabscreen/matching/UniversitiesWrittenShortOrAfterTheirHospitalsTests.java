package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Web of Science writes "University of China" as "Univ China", leaving the "of" out: a university listed without its
 * country ("Qilin University") is still found by the name before it. A university's hospital is named before it
 * ("Renmin Hospital of Qilin University"), and is part of it.
 */
class UniversitiesWrittenShortOrAfterTheirHospitalsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry QILIN = institution("Qilin University", "CN", null);

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(QILIN));

    @Test
    void aUniversityAbbreviatedBeforeItsCountryIsTheListedUniversity() {
        assertThat(matcher.match("Qilin Univ China, Sch Informat, Beijing 100872", "CN", MIN_SCORE, 1))
                .extracting(NameMatch::id)
                .containsExactly(QILIN.id());
    }

    @Test
    void aHospitalNamedBeforeItsUniversityIsTheUniversitys() {
        assertThat(matcher.match(
                        "Renmin Hospital of Qilin University, 238 Jiefang Road, Wuhan 430060", "CN", MIN_SCORE, 1))
                .extracting(NameMatch::id)
                .containsExactly(QILIN.id());
    }

    @Test
    void theHeadIsReadOnlyBeforeAPlace() {
        assertThat(NameHeads.of("qilin univ china", InstitutionVocabulary.INSTANCE))
                .contains("qilin univ");
        assertThat(NameHeads.of("qilin univ widgets", InstitutionVocabulary.INSTANCE))
                .doesNotContain("qilin univ");
    }
}
