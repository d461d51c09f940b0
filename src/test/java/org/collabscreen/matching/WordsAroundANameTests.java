package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Words around a name that are no part of it: a form's field label, a possessive before a name in a sentence, and a
 * spaced slash between two affiliations.
 */
class WordsAroundANameTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry MEMORY = institution("Qilin Memory Technologies Co., Ltd.", "CN", null);
    private static final InstitutionEntry FOUNDRY =
            institution("Qilin Widget Manufacturing International Corporation", "CN", null);
    private static final InstitutionEntry GROUP =
            institution("Ruritania Widget Technology Group Corporation", "CN", null);
    private static final InstitutionEntry WESTERN = institution("Western Widget University", "CN", null);
    private static final InstitutionEntry QELBAR = institution("Qelbar University", "CN", null);
    private static final InstitutionEntry LABORATORY =
            institution("State Key Laboratory of Widget Alloys", "CN", QELBAR.id());
    private static final InstitutionEntry COMPANY = institution("Gizmotron Technologies Company", "CN", null);

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(MEMORY, FOUNDRY, GROUP, WESTERN, QELBAR, LABORATORY, COMPANY));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aFormsFieldLabelIsNoPartOfTheName() {
        assertThat(best("Industrial partner: Qilin Widget Manufacturing Int'l Corp."))
                .isEqualTo(FOUNDRY.id().toString());
        assertThat(best("industry partner: qilin memory technologies"))
                .isEqualTo(MEMORY.id().toString());
        assertThat(best("Co-funded by Ruritania Widget Technology Group Corp."))
                .isEqualTo(GROUP.id().toString());
    }

    @Test
    void aPossessiveBeforeANameInASentenceIsNoPartOfIt() {
        assertThat(best("Engineers at Ruritania's Western Widget University said the new boat could sail for a week."))
                .isEqualTo(WESTERN.id().toString());
    }

    @Test
    void aSpacedSlashPartsTwoAffiliations() {
        assertThat(
                        best(
                                "State Key Laboratory of Gadget Ceramics / State Key Laboratory of Widget Alloys, Qelbar University"))
                .isEqualTo(LABORATORY.id().toString());
        assertThat(best("Unlisted Chip Design House / Gizmotron Technologies Company, Shenzhen"))
                .isEqualTo(COMPANY.id().toString());
        assertThat(AffiliationParts.segments("Gizmotron R/D Centre / Qelbar University"))
                .containsExactly("Gizmotron R/D Centre", "Qelbar University");
    }
}
