package org.collabscreen.matching;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.collabscreen.support.TestSeed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the matchers over random strings mixing scripts, digits and punctuation, fresh each run. */
@ExtendWith(TestSeed.class)
class MatcherProperties {

    private static final InstitutionMatcher INSTITUTIONS = new InstitutionMatcher(RulebookFixtures.INSTITUTIONS);
    private static final TalentProgrammeMatcher PROGRAMMES = new TalentProgrammeMatcher(RulebookFixtures.PROGRAMMES);
    private static final TechnologyClassifier CLASSIFIER = new TechnologyClassifier(RulebookFixtures.CATEGORIES);
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 ,.;:()-&'/"
            + "éüñçø 哈尔滨工业大学中国科学院千人计划 Московский دانشگاه ＨＩＴ\t\u0301\u200b";

    static Stream<String> texts() {
        Random random = TestSeed.random("texts");
        return IntStream.range(0, 200).mapToObj(i -> randomText(random, random.nextInt(120)));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void institutionScoresStayWithinBoundsAndAreDeterministic(String name) {
        List<NameMatch> matches = INSTITUTIONS.match(name, null, 0.0, 10);

        assertThat(matches).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        assertThat(matches).hasSizeLessThanOrEqualTo(10);
        assertThat(INSTITUTIONS.match(name, null, 0.0, 10)).isEqualTo(matches);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void affiliationWithAKnownNameStillFindsIt(String prefix) {
        String affiliation = prefix + ", Harbin Institute of Technology";

        assertThat(INSTITUTIONS.match(affiliation, "CN", 0.85, 5))
                .extracting(NameMatch::id)
                .contains(RulebookFixtures.HIT.id());
    }

    @ParameterizedTest
    @MethodSource("texts")
    void programmeAndCategoryScoresStayWithinBounds(String text) {
        List<NameMatch> programmes = PROGRAMMES.match(text, 0.0, 10);
        List<NameMatch> mentions = PROGRAMMES.findIn(text);
        List<Classification> categories = CLASSIFIER.classify(text);

        assertThat(programmes).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        assertThat(mentions).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        assertThat(categories).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
