package org.collabscreen.matching;

import java.util.List;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's ninth round: a declaration that goes on after the programme's name, after a comma or a bracket ("…,
 * chercheur invité", "(…), 2021") or after its scheme word ("… Plan innovative team leader", "Project 111 base
 * director").
 */
class ProgrammeNameThenRoleTests {

    private static final double MIN_SCORE = 0.85;

    private final TalentProgrammeMatcher matcher = new TalentProgrammeMatcher(SeedEntries.programmes());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Programme des mille talents de la Chine, chercheur invité | TP-CN-TTP",
                "Programa de los Mil Talentos de China, investigador asociado | TP-CN-TTP",
                "Project 111 base director, Wuhan University | TP-111-PROJECT",
                "Pearl River Talent Plan innovative team leader | TP-CN-PEARL",
                "Young Changjiang Scholar (青年长江学者), 2021, Zhejiang University | TP-CN-CJ",
            })
    void findsTheProgrammeBeforeTheHoldersRole(String declaration, String code) {
        List<NameMatch> found = matcher.match(declaration, MIN_SCORE, 1);

        assertThat(found).extracting(match -> codeOf(match)).containsExactly(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "National Natural Science Foundation project leader, Wuhan University",
                "Horizon Europe project coordinator, University of Twente",
            })
    void aSchemeWordOfAnotherFunderFindsNoTalentProgramme(String declaration) {
        assertThat(matcher.match(declaration, MIN_SCORE, 1)).isEmpty();
    }

    private static String codeOf(NameMatch match) {
        return SeedEntries.programmes().stream()
                .filter(p -> p.id().equals(match.id()))
                .findFirst()
                .map(ProgrammeEntry::code)
                .orElseThrow();
    }
}
