package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.PROGRAMMES;
import static org.collabscreen.matching.RulebookFixtures.THOUSAND_TALENTS;

/** Programme names with country words, brackets, numbers and misspelt programme words, explained. */
class ProgrammeVariantsTests {

    private static final double MIN_SCORE = 0.8;

    private final TalentProgrammeMatcher matcher = new TalentProgrammeMatcher(PROGRAMMES);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1000 Talent Plan (China)",
                "National Thousand Talents Program of China",
                "1,000 Talents Programme",
                "Thousand-Talents Plan",
                "千人計劃"
            })
    void resolvesCountryWordsBracketsNumbersAndTraditionalCharacters(String name) {
        assertThat(matcher.match(name, MIN_SCORE, 1)).extracting(NameMatch::id).containsExactly(THOUSAND_TALENTS.id());
    }

    @Test
    void resolvesANativeShortFormContainedInOneProgrammesNativeName() {
        List<NameMatch> matches = matcher.match("长江学者", MIN_SCORE, 1);
        assertThat(matches).extracting(NameMatch::id).containsExactly(RulebookFixtures.CHANGJIANG.id());
        assertThat(matches.get(0).transformations()).contains("native-script short form of a longer native name");
    }

    @Test
    void readsTenThousandAsTheNumber() {
        TalentProgrammeMatcher tenThousand = new TalentProgrammeMatcher(
                List.of(RulebookFixtures.programme("TEN_THOUSAND", "Ten Thousand Talents Program", "万人计划")));
        assertThat(tenThousand.match("10,000 Talents Plan", MIN_SCORE, 1)).hasSize(1);
        assertThat(matcher.match("10,000 Talents Plan", MIN_SCORE, 1)).isEmpty();
    }

    @Test
    void explainsAMisspeltProgrammeWord() {
        List<NameMatch> matches = matcher.match("Thousand Talants Plan", MIN_SCORE, 1);
        assertThat(matches.get(0).transformations()).contains("misspelling tolerated: talants → talent");
        assertThat(matches.get(0).score()).isLessThan(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"China Scholarship Council", "1000 Genomes Project", "Talent Program"})
    void matchesNothingForProgrammesThatOnlyShareWords(String name) {
        assertThat(matcher.match(name, MIN_SCORE, 1)).isEmpty();
    }
}
