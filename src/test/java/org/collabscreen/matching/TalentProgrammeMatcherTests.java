package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.CHANGJIANG;
import static org.collabscreen.matching.RulebookFixtures.HUNDRED_TALENTS;
import static org.collabscreen.matching.RulebookFixtures.PROGRAMMES;
import static org.collabscreen.matching.RulebookFixtures.THOUSAND_TALENTS;
import static org.collabscreen.matching.RulebookFixtures.YOUNG_THOUSAND_TALENTS;

class TalentProgrammeMatcherTests {

    private static final double MIN_SCORE = 0.85;

    private final TalentProgrammeMatcher matcher = new TalentProgrammeMatcher(PROGRAMMES);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thousand Talents Plan",
                "1000 Talents Program",
                "Thousand Talents Programme",
                "1,000 Talents Plan",
                "thousand-talents program",
                "千人计划",
                "Thousand Talents"
            })
    void resolvesSpellingsOfTheThousandTalentsPlan(String name) {
        List<NameMatch> matches = matcher.match(name, MIN_SCORE, 5);

        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).id()).isEqualTo(THOUSAND_TALENTS.id());
    }

    @Test
    void resolvesRecruitmentProgramOfGlobalTalentsToTheThousandTalentsPlan() {
        List<NameMatch> matches = matcher.match("Recruitment Program of Global Talents", MIN_SCORE, 5);

        assertThat(matches).extracting(NameMatch::id).containsExactly(THOUSAND_TALENTS.id());
        assertThat(matches.get(0).score()).isEqualTo(1.0);
        assertThat(matches.get(0).matchedAlias()).isEqualTo("Recruitment Program of Global Talents");
    }

    @Test
    void prefersTheSubProgrammeWhenItIsNamed() {
        assertThat(matcher.match("Young Thousand Talents Program", MIN_SCORE, 5)
                        .get(0)
                        .id())
                .isEqualTo(YOUNG_THOUSAND_TALENTS.id());
        assertThat(matcher.match("青年千人计划", MIN_SCORE, 5).get(0).id()).isEqualTo(YOUNG_THOUSAND_TALENTS.id());
    }

    @Test
    void matchesNativeNameContainedInLongerInput() {
        assertThat(matcher.match("国家千人计划", MIN_SCORE, 5))
                .extracting(NameMatch::id)
                .contains(THOUSAND_TALENTS.id());
    }

    @Test
    void toleratesTypos() {
        assertThat(matcher.match("Changjiang Scholar Programme", MIN_SCORE, 5)
                        .get(0)
                        .id())
                .isEqualTo(CHANGJIANG.id());
        assertThat(matcher.match("Thousand Talants Plan", MIN_SCORE, 5).get(0).id())
                .isEqualTo(THOUSAND_TALENTS.id());
    }

    @Test
    void keepsHundredAndThousandTalentsApart() {
        assertThat(matcher.match("Hundred Talents Program", MIN_SCORE, 5))
                .extracting(NameMatch::id)
                .containsExactly(HUNDRED_TALENTS.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Marie Curie Fellowship", "Fulbright Program", "Talent", "Program", ""})
    void matchesNothingForUnlistedProgrammes(String name) {
        assertThat(matcher.match(name, MIN_SCORE, 5)).isEmpty();
    }

    @Test
    void findsProgrammeMentionedInASentence() {
        List<NameMatch> found =
                matcher.findIn("Prof. Li was selected for the 1000 Talents Program in 2015 and leads the lab.");

        assertThat(found).extracting(NameMatch::id).containsExactly(THOUSAND_TALENTS.id());
    }

    @Test
    void findsNativeNameInsideChineseText() {
        assertThat(matcher.findIn("李教授于2015年入选国家千人计划。"))
                .extracting(NameMatch::id)
                .containsExactly(THOUSAND_TALENTS.id());
    }

    @Test
    void reportsEachMentionedProgrammeOnce() {
        List<NameMatch> found = matcher.findIn("A Changjiang Scholar (Changjiang Scholars Program), "
                + "also in the Thousand Talents Plan; 千人计划 and Thousand Talents Program again.");

        assertThat(found).extracting(NameMatch::id).containsExactlyInAnyOrder(THOUSAND_TALENTS.id(), CHANGJIANG.id());
    }

    @Test
    void attributesAMentionOfTheSubProgrammeToTheSubProgrammeOnly() {
        assertThat(matcher.findIn("She joined the Young Thousand Talents Program in 2012."))
                .extracting(NameMatch::id)
                .containsExactly(YOUNG_THOUSAND_TALENTS.id());
    }

    @Test
    void findsNoProgrammeInsideOtherWords() {
        assertThat(matcher.findIn("The thousand talented students planned a programme of TTPs."))
                .isEmpty();
        assertThat(matcher.findIn("Funded by the European Research Council.")).isEmpty();
        assertThat(matcher.findIn(null)).isEmpty();
    }

    @Test
    void matchesAcronymOnlyWhenWrittenInCapitals() {
        List<java.util.UUID> found =
                matcher.match("TTP", MIN_SCORE, 5).stream().map(NameMatch::id).toList();

        assertThat(found).containsExactly(THOUSAND_TALENTS.id());
        assertThat(matcher.match("ttp", MIN_SCORE, 5)).isEmpty();
    }
}
