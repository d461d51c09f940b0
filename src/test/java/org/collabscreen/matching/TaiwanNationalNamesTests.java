package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/** A Taiwan national name ("國立…") is kept from the mainland university that shares the rest of it. */
class TaiwanNationalNamesTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry QINGLING = institution("Qingling University", "CN", null, "青嶺大學");
    private static final InstitutionEntry TAIWAN_LISTED = institution("Taiwan Widget University", "TW", null, "國立微件大學");
    private static final InstitutionEntry MAINLAND_WIDGET = institution("Widget University", "CN", null, "微件大學");

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(QINGLING, TAIWAN_LISTED, MAINLAND_WIDGET));

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
}
