package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names found inside longer declarations: a coined one-word name of letters and digits ("5top100"), the 111 Project's
 * bases by their own names (111引智基地, the Higher Education Discipline Innovation and Talent Introduction Base), and
 * a Russian declaration's name before its role, read segment by segment in Latin letters.
 */
class ProgrammeNamesInsideDeclarationsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5top100 Russian academic excellence initiative, Kazan Federal University|Project 5-100",
                "111引智基地（B08043）海外学术骨干|111 Project",
                "Higher Education Discipline Innovation and Talent Introduction Base (the 111 Center)|111 Project",
                "Тысяча талантов, приглашённый профессор|Thousand Talents Plan",
                "Программа «Тысяча талантов» (КНР), приглашённый профессор|Thousand Talents Plan",
            })
    void findsTheProgrammeNamedInside(String declared, String programme) {
        List<NameMatch> found = SeededProgrammes.top(declared);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).contains(programme);
    }
}
