package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A listed company's subsidiary abroad is registered under its brand, a word or two and its own country's legal form
 * (B.V., A/S, SAS, SASU, S.p.A.), or called its "International", and declared in that country: the brand is read as
 * the listed company's, as it is before an English legal form.
 */
class ForeignSubsidiariesTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry ZORBEL =
            institution("Shenzhen Zorbel Technology Co., Ltd.", "CN", null, "Zorbel");
    private static final InstitutionEntry KELDA = institution("Kelda Nuclear Power Corporation", "CN", null, "KNP");

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(ZORBEL, KELDA));

    private String best(String input, String country) {
        List<NameMatch> found = matcher.match(input, country, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aBrandBeforeAForeignLegalFormIsTheListedCompanyInTheDeclaredCountry() {
        assertThat(best("Zorbel Europe B.V., Rotterdam", "NL"))
                .isEqualTo(ZORBEL.id().toString());
        assertThat(best("Zorbel Technologies France SASU, Boulogne-Billancourt", "FR"))
                .isEqualTo(ZORBEL.id().toString());
        assertThat(best("KNP Europe Energy SAS, Paris", "FR"))
                .isEqualTo(KELDA.id().toString());
    }

    @Test
    void aBrandBeforeInternationalIsTheCompanysArmAbroad() {
        assertThat(best("Zorbel International, Singapore", "SG"))
                .isEqualTo(ZORBEL.id().toString());
    }

    @Test
    void aBrandWithoutALegalFormIsNotReadAbroad() {
        assertThat(best("Zorbel Street Market, Rotterdam", "NL")).isNull();
    }

    @Test
    void legalFormsAreReadAsWholeWords() {
        assertThat(LegalForms.namesARegisteredCompany("acme europe b v")).isTrue();
        assertThat(LegalForms.namesARegisteredCompany("acme europe a s")).isTrue();
        assertThat(LegalForms.namesARegisteredCompany("acme italia s p a")).isTrue();
        assertThat(LegalForms.namesARegisteredCompany("acme canvas")).isFalse();
        assertThat(LegalForms.namesARegisteredCompany("acme")).isFalse();
    }
}
