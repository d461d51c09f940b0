package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A Russian body listed with its legal form written out in English ("Federal State Budgetary Institution of Science …",
 * the lists' translation of ФГБУН) is known without it, as its own affiliations write it.
 */
class RussianWrittenLegalFormsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry ACADEMY = institution("Russian Academy of Sciences", "RU", null, "RAS");
    private static final InstitutionEntry CENTRE = institution(
            "Federal State Budgetary Institution of Science Federal Research Center Volzhsk Scientific Center for"
                    + " Widgetry, Russian Academy of Sciences",
            "RU",
            ACADEMY.id());
    private static final InstitutionEntry GENERIC = institution(
            "Federal State Budgetary Institution of Science Institute of Widget and Cell Biology, Siberian Branch of the"
                    + " Russian Academy of Sciences",
            "RU",
            ACADEMY.id());
    private static final InstitutionEntry UNLISTED_FORM =
            institution("Federal Office of Widget Tests Volzhsk", "RU", null);

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(ACADEMY, CENTRE, GENERIC, UNLISTED_FORM));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, "RU", MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aCentreIsKnownWithoutItsWrittenLegalFormAndStatus() {
        assertThat(best("Volzhsk Scientific Center for Widgetry RAS, Volzhsk"))
                .isEqualTo(CENTRE.id().toString());
        assertThat(best("Federal Research Center Volzhsk Scientific Center for Widgetry, Russian Academy of Sciences"))
                .isEqualTo(CENTRE.id().toString());
    }

    @Test
    void onlyAWrittenLegalFormAtTheStartIsLeftOut() {
        assertThat(RussianLegalForms.withoutWrittenForms(
                        "Federal State Unitary Enterprise Central Widget Institute, Far East Branch, RAS"))
                .containsExactly("central widget institute far east branch ras");
        assertThat(RussianLegalForms.withoutWrittenForms("Federal State Budgetary Institute Federal Research Center"))
                .containsExactly("federal research center");
        assertThat(RussianLegalForms.withoutWrittenForms("Federal Office of Widget Tests Volzhsk"))
                .isEmpty();
        assertThat(RussianLegalForms.withoutWrittenForms("Volzhsk Federal State Unitary Enterprise"))
                .isEmpty();
    }

    @Test
    void aGenericNameKeepsItsBranchAndAcademy() {
        assertThat(matcher.match("Institute of Widget and Cell Biology", "SG", MIN_SCORE, 1))
                .extracting(NameMatch::id)
                .doesNotContain(GENERIC.id());
        assertThat(matcher.match("Institute of Widget and Cell Biology", null, MIN_SCORE, 1))
                .extracting(NameMatch::id)
                .doesNotContain(GENERIC.id());
    }

    @Test
    void anotherCentreOfTheSameKindIsNotTheListedOne() {
        assertThat(best("Kamsk Scientific Center for Gadgetry RAS, Kamsk"))
                .isNotEqualTo(CENTRE.id().toString());
    }
}
