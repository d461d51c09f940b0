package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's eighth round: a listed unit found a little below its named parent, a listed laboratory named before its
 * host, and on equal scores the body written first in an affiliation, rank first.
 */
class UnitsAndHostsRankingTests {

    private static final double MIN_SCORE = 0.8;
    private static final List<InstitutionEntry> INSTITUTIONS = SeedEntries.institutions();

    private final InstitutionMatcher institutions = new InstitutionMatcher(INSTITUTIONS);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Chinese Acad Sci, Inst Phys, Beijing 100190 | Chinese Academy of Sciences – Institute of Physics",
                "State Key Laboratory on High-Power Semiconductor Lasers, Changchun University of Science and Technology"
                        + " | Defense S&T Key Laboratory of High-Power Semiconductor Lasers at Changchun University of"
                        + " Science and Technology",
                "Nanjing Institute of Astronomical Optics and Technology, CAS, Nanjing"
                        + " | Nanjing Institute of Astronomical Optics and Technology",
            })
    void ranksTheMostSpecificBodyNamedFirst(String input, String expected) {
        List<NameMatch> found = institutions.match(input, "CN", MIN_SCORE, 1);

        assertThat(found).extracting(match -> nameOf(match.id())).containsExactly(expected);
    }

    private static String nameOf(UUID id) {
        return INSTITUTIONS.stream()
                .filter(rule -> rule.id().equals(id))
                .findFirst()
                .orElseThrow()
                .name();
    }
}
