package org.collabscreen.rulebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import org.collabscreen.rulebook.CategoryMatch;
import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.ProgrammeMatch;

class MatcherProperties {

    private static final InstitutionMatcher INSTITUTIONS = new InstitutionMatcher(RulebookFixtures.INSTITUTIONS);
    private static final TalentProgrammeMatcher PROGRAMMES = new TalentProgrammeMatcher(RulebookFixtures.PROGRAMMES);
    private static final TechnologyClassifier CLASSIFIER = new TechnologyClassifier(RulebookFixtures.CATEGORIES);

    @Property
    void institutionScoresStayWithinBoundsAndAreDeterministic(@ForAll @StringLength(max = 200) String name) {
        List<InstitutionMatch> matches = INSTITUTIONS.match(name, null, 0.0, 10);

        assertThat(matches).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        assertThat(matches).hasSizeLessThanOrEqualTo(10);
        assertThat(INSTITUTIONS.match(name, null, 0.0, 10)).isEqualTo(matches);
    }

    @Property
    void affiliationWithAKnownNameStillFindsIt(@ForAll @StringLength(max = 60) String prefix) {
        String affiliation = prefix.replace(",", " ") + ", Harbin Institute of Technology";

        assertThat(INSTITUTIONS.match(affiliation, "CN", 0.85, 5))
                .extracting(InstitutionMatch::institution).contains(RulebookFixtures.HIT);
    }

    @Property
    void programmeAndCategoryScoresStayWithinBounds(@ForAll @StringLength(max = 300) String text) {
        List<ProgrammeMatch> programmes = PROGRAMMES.match(text, 0.0, 10);
        List<ProgrammeMatch> mentions = PROGRAMMES.findIn(text);
        List<CategoryMatch> categories = CLASSIFIER.classify(text);

        assertThat(programmes).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        assertThat(mentions).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        assertThat(categories).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
    }
}
