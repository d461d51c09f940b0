package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Affiliations write a university's name before one of its colleges or schools without a comma ("… University Tongji
 * Medical College", "… University School of Medicine"): the university is read as if a comma had cut it.
 */
class UniversityBeforeItsCollegeTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry UNIVERSITY =
            institution("Qelbar University of Science and Technology", "CN", null);
    private static final InstitutionEntry COLLEGE = institution("Qelbar Widget College", "CN", null);

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(UNIVERSITY, COLLEGE));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, "CN", MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aUniversityBeforeItsCollegeIsTheUniversity() {
        assertThat(best("Qelbar University of Science and Technology Gizmo Medical College, Wuhan"))
                .isEqualTo(UNIVERSITY.id().toString());
        assertThat(best("Qelbar University of Science and Technology School of Widgetry"))
                .isEqualTo(UNIVERSITY.id().toString());
    }

    @Test
    void aUniversityBeforeItsCentreIsTheUniversity() {
        assertThat(best("Qelbar University of Science and Technology Gizmo Imaging Center, Wuhan"))
                .isEqualTo(UNIVERSITY.id().toString());
        assertThat(best("Qelbar University of Science and Technology Widget Research Centre"))
                .isEqualTo(UNIVERSITY.id().toString());
    }

    @Test
    void onlyAListedNameBeforeAUnitWordIsCut() {
        UniversitiesBeforeUnits names =
                new UniversitiesBeforeUnits(List.of(List.of("Qelbar University of Science and Technology")));
        assertThat(names.universityAt("qelbar university of science and technology tongji medical college"))
                .isEqualTo("qelbar university of science and technology");
        assertThat(names.universityAt("qelbar university of science and technology gizmo laboratory"))
                .isNull();
        assertThat(names.universityAt("qelbar university of science gizmo medical college"))
                .isNull();
        assertThat(best("Qelbar University of Gizmo Studies Medical College")).isNull();
    }
}
