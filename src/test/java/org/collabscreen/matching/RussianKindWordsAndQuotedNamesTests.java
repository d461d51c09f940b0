package org.collabscreen.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Russian bodies written with their kind (Concern) before or after their own name, the names a listed name quotes, and
 * the word before "Institute RAS", which is no founder's surname: read as one, "Paleontological Institute RAS" left
 * only "institute ras" and came out as the Academy itself. (An unlisted institute that names the Academy in full still
 * resolves to it, as the parent of listed institutes: docs/matching.md.)
 */
class RussianKindWordsAndQuotedNamesTests {

    private static final String GIDROPRIBOR = "Tactical Missile Corporation, Concern “MPO—Gidropribor”";

    @Test
    void aListedNameQuotesTheBodysOwnNameAndItsBrand() {
        assertThat(QuotedNames.of("Widget Corporation, Concern “NPO—Widgetpribor”"))
                .containsExactly("NPO—Widgetpribor", "Widgetpribor");
        assertThat(QuotedNames.of("National Research Centre “Widget Institute”"))
                .containsExactly("Widget Institute");
        assertThat(QuotedNames.of("recognised as a “Little Widget” enterprise")).isEmpty();
    }

    @Test
    void theKindWordConcernBeforeOrAfterTheNameIsNoPartOfIt() {
        assertThat(RussianLegalForms.withoutLeadingForms("widgetpribor concern"))
                .isEqualTo("widgetpribor");
        assertThat(RussianLegalForms.withoutLeadingForms("jsc concern widgetpribor"))
                .isEqualTo("widgetpribor");
        assertThat(SeededInstitutions.best("Gidropribor Concern, Saint Petersburg 194000", "RU"))
                .contains(GIDROPRIBOR);
        assertThat(SeededInstitutions.best("JSC Concern MPO-Gidropribor", "RU")).contains(GIDROPRIBOR);
    }

    @Test
    void theWordBeforeInstituteRasIsNoFoundersSurname() {
        assertThat(SeededInstitutions.best("Paleontological Institute RAS, Moscow 117600", "RU"))
                .isEmpty();
        assertThat(SeededInstitutions.best("Oceanological Institute of RAS, Moscow", "RU"))
                .isEmpty();
    }
}
