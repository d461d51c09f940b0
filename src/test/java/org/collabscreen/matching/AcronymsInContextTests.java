package org.collabscreen.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acronym the input gives the context of an institution without naming a country: before a unit of it, after a
 * form's field label, and a Han short name after a lead.
 */
class AcronymsInContextTests {

    @Test
    void anAcronymBeforeAUnitOfItIsTheInstitutions() {
        assertThat(SeededInstitutions.best("NUDT, College of Computer Science", null))
                .contains("National University of Defense Technology");
        assertThat(SeededInstitutions.best("UESTC, State Key Laboratory of Electronic Thin Films", null))
                .contains("University of Electronic Science and Technology of China");
    }

    @Test
    void anAcronymAfterAFieldLabelIsTheInstitutions() {
        assertThat(SeededInstitutions.best("Industrial partner: NUDT", null))
                .contains("National University of Defense Technology");
        assertThat(AcronymsInContext.of(
                        java.util.List.of("Partner organisation: WXYZ"),
                        java.util.List.of("partner organisation wxyz")))
                .containsExactly("WXYZ");
    }

    @Test
    void anAcronymBeforeWordsThatNameNoUnitIsNotRead() {
        assertThat(AcronymsInContext.of(
                        java.util.List.of("WXYZ", "Widget Street 4"), java.util.List.of("wxyz", "widget street 4")))
                .isEmpty();
    }

    @Test
    void aHanShortNameAfterALeadIsRead() {
        assertThat(SeededInstitutions.best("Visiting researcher at 北航", null)).contains("Beihang University");
    }
}
