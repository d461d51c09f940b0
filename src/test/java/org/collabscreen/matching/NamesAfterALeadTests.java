package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A CV line or a note names an institution after a lead of lower-case words ("Guest researcher at", "Equipment donated
 * by", "Co-applicant affiliation:"); the declared country is the writer's, so a listed name written whole there is
 * reported in any country.
 */
class NamesAfterALeadTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry QILIN = institution("Harbin Institute of Widget Technology", "CN", null);
    private static final InstitutionEntry ZORBEL =
            institution("Hangzhou Zorbel Digital Technology Co., Ltd.", "CN", null, "Zorbel");

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(QILIN, ZORBEL));

    private String best(String input, String country) {
        List<NameMatch> found = matcher.match(input, country, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aNameAfterALeadIsReadAsAName() {
        assertThat(best("Guest researcher at Harbin Inst. of Widget Tech. (Shenzhen campus), 2022", null))
                .isEqualTo(QILIN.id().toString());
        assertThat(best("Co-applicant affiliation: Harbin Inst. of Widget Tech., Qilin", null))
                .isEqualTo(QILIN.id().toString());
        assertThat(best("Equipment donated by Zorbel", null))
                .isEqualTo(ZORBEL.id().toString());
    }

    @Test
    void aListedNameWrittenWholeAfterALeadIsReportedInAnyCountry() {
        assertThat(best(
                        "Research stay 2019-2021 at Harbin Institute of Widget Technology, then returned to Delft",
                        "NL"))
                .isEqualTo(QILIN.id().toString());
    }

    @Test
    void aCompanyAfterALeadIsNamedByItsBrand() {
        assertThat(best("Industrial partner: Zorbel Technologies Bremen GmbH, Munich Research Center", "DE"))
                .isEqualTo(ZORBEL.id().toString());
    }

    @Test
    void aPatentsApplicantOrAssigneeLabelIsNoPartOfTheName() {
        assertThat(best(
                        "Applicant: HARBIN INSTITUTE OF WIDGET TECHNOLOGY, 92 West Dazhi Street, Harbin 150001 (CN)",
                        "CN"))
                .isEqualTo(QILIN.id().toString());
        assertThat(FieldLabels.withoutLabel("current assignee harbin institute of widget technology"))
                .isEqualTo("harbin institute of widget technology");
        assertThat(FieldLabels.withoutLabel("assignees zorbel")).isEqualTo("zorbel");
    }

    @Test
    void anArticleAfterTheLeadIsNoPartOfTheName() {
        assertThat(FreeTextNames.afterLead("Instructor at the Qilin Naval Academy, 2015-2019"))
                .isEqualTo("Qilin Naval Academy, 2015-2019");
        assertThat(best("Visiting lecturer at the Harbin Institute of Widget Technology", "NL"))
                .isEqualTo(QILIN.id().toString());
    }

    @Test
    void aResearchArmAfterALeadIsNamedByItsBrand() {
        assertThat(best("Senior engineer at Zorbel AI Lab", "CN"))
                .isEqualTo(ZORBEL.id().toString());
    }

    @Test
    void aCompanyOrItsResearchArmIsNamedByItsBrandAndBusinessWords() {
        assertThat(best("Zorbel Electronic Information Industry, Jinan", "CN"))
                .isEqualTo(ZORBEL.id().toString());
        assertThat(best("Zorbel Auto Engineering Research Institute, Shenzhen", "CN"))
                .isEqualTo(ZORBEL.id().toString());
        assertThat(best("Zorbel Garden Club, Jinan", "CN")).isNull();
    }

    @Test
    void aNameHoldingAPrepositionHasNoLead() {
        assertThat(FreeTextNames.afterLead("Institute of Physics at Qilin University"))
                .isNull();
        assertThat(FreeTextNames.afterLead("Guest researcher at Qilin University"))
                .isEqualTo("Qilin University");
        assertThat(FreeTextNames.afterLead("Equipment donated by a foundation")).isNull();
    }
}
