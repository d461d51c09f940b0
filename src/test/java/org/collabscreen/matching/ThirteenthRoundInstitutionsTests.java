package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Issue 15's thirteenth round: a Taiwan national name ("國立…") kept from the mainland university that shares the rest
 * of it, Clarivate's "Computat", an Italian "tecnologica" and a romanised Russian city adjective read as their words.
 */
class ThirteenthRoundInstitutionsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry QINGLING = institution("Qingling University", "CN", null, "青嶺大學");
    private static final InstitutionEntry TAIWAN_LISTED = institution("Taiwan Widget University", "TW", null, "國立微件大學");
    private static final InstitutionEntry MAINLAND_WIDGET = institution("Widget University", "CN", null, "微件大學");
    private static final InstitutionEntry COMPUTING =
            institution("Lakeside Computational Widget Research Center", "CN", null);
    private static final InstitutionEntry HILLTOP = institution("Hilltop University of Technology", "IR", null);
    private static final InstitutionEntry TOMSK = institution("Tomsk Widget University", "RU", null);

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(QINGLING, TAIWAN_LISTED, MAINLAND_WIDGET, COMPUTING, HILLTOP, TOMSK));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aTaiwanNationalNameDoesNotMatchTheMainlandUniversityOfTheSameName() {
        assertThat(matcher.match("國立青嶺大學 材料系", null, MIN_SCORE, 5)).isEmpty();
        assertThat(best("青嶺大學 材料系")).isEqualTo(QINGLING.id().toString());
    }

    @Test
    void aTaiwanNationalNameStillMatchesAListedNameWrittenWithThePrefix() {
        assertThat(best("國立微件大學")).isEqualTo(TAIWAN_LISTED.id().toString());
    }

    @Test
    void clarivatesComputatReadsAsComputational() {
        assertThat(best("Lakeside Computat Widget Res Ctr, Lakeside 100000, Peoples R China"))
                .isEqualTo(COMPUTING.id().toString());
    }

    @Test
    void anItalianTecnologicaReadsAsTechnology() {
        assertThat(best("Università tecnologica Hilltop"))
                .isEqualTo(HILLTOP.id().toString());
    }

    @Test
    void aRomanisedRussianCityAdjectiveReadsAsTheCity() {
        assertThat(best("Tomskiy Widget University")).isEqualTo(TOMSK.id().toString());
    }
}
