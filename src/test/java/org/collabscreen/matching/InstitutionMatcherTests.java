package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.CAS;
import static org.collabscreen.matching.RulebookFixtures.CAS_CHEMISTRY;
import static org.collabscreen.matching.RulebookFixtures.HEU;
import static org.collabscreen.matching.RulebookFixtures.HIT;
import static org.collabscreen.matching.RulebookFixtures.INSTITUTIONS;
import static org.collabscreen.matching.RulebookFixtures.MIPT;
import static org.collabscreen.matching.RulebookFixtures.USTC;

class InstitutionMatcherTests {

    private static final double MIN_SCORE = 0.85;

    private final InstitutionMatcher matcher = new InstitutionMatcher(INSTITUTIONS);

    @Test
    void matchesExactNameWithFullScore() {
        List<NameMatch> matches = matcher.match("Harbin Institute of Technology", "CN", MIN_SCORE, 5);

        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).id()).isEqualTo(HIT.id());
        assertThat(matches.get(0).score()).isEqualTo(1.0);
        assertThat(matches.get(0).matchedAlias()).isEqualTo("Harbin Institute of Technology");
    }

    @Test
    void ignoresCasePunctuationAndSpacing() {
        assertThat(best("  HARBIN   institute of technology. ", "CN")).isEqualTo(HIT.id());
        assertThat(best("Harbin Inst. of Tech.", "CN")).isEqualTo(HIT.id());
        assertThat(best("Ｈａｒｂｉｎ Institute of Technology", null)).isEqualTo(HIT.id());
    }

    @Test
    void matchesNativeScriptAliases() {
        assertThat(matcher.match("哈尔滨工业大学", "CN", MIN_SCORE, 5)).first().satisfies(m -> {
            assertThat(m.id()).isEqualTo(HIT.id());
            assertThat(m.score()).isEqualTo(1.0);
            assertThat(m.matchedAlias()).isEqualTo("哈尔滨工业大学");
        });
        assertThat(best("哈工大", "CN")).isEqualTo(HIT.id());
        assertThat(best("Московский физико-технический институт", "RU")).isEqualTo(MIPT.id());
    }

    @Test
    void toleratesTyposInNames() {
        assertThat(best("Harbin Institue of Technology", "CN")).isEqualTo(HIT.id());
        assertThat(best("Harbni Institute of Technology", "CN")).isEqualTo(HIT.id());
        assertThat(matcher.match("Harbin Institue of Technology", "CN", MIN_SCORE, 5)
                        .get(0)
                        .score())
                .isBetween(MIN_SCORE, 0.999);
    }

    @Test
    void resolvesAffiliationStringToInstitution() {
        List<NameMatch> matches = matcher.match(
                "School of Materials Science, Harbin Institute of Technology, Harbin 150001", "CN", MIN_SCORE, 5);

        assertThat(matches).extracting(NameMatch::id).containsExactly(HIT.id());
        assertThat(matches.get(0).matchedAlias()).isEqualTo("Harbin Institute of Technology");
    }

    @Test
    void resolvesInstitutionNamedLateInALongAffiliation() {
        List<NameMatch> matches = matcher.match(
                "Dept. A, Lab B, Group C, Centre D, School E, Faculty F, Division G, Unit H, "
                        + "Harbin Institute of Technology, Harbin 150001, China",
                "CN",
                MIN_SCORE,
                5);

        assertThat(matches).extracting(NameMatch::id).containsExactly(HIT.id());
        assertThat(matches.get(0).matchedAlias()).isEqualTo("Harbin Institute of Technology");
    }

    @Test
    void resolvesNativeScriptAffiliationByContainment() {
        assertThat(best("哈尔滨工业大学材料科学与工程学院", "CN")).isEqualTo(HIT.id());
    }

    @Test
    void ranksListedSubUnitAboveItsParent() {
        List<NameMatch> matches =
                matcher.match("Institute of Chemistry, Chinese Academy of Sciences", "CN", MIN_SCORE, 5);

        assertThat(matches).extracting(NameMatch::id).containsExactly(CAS_CHEMISTRY.id(), CAS.id());
        assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score());
    }

    @Test
    void spellsOutAnAcronymSegmentSoThatTheUnitItQualifiesIsFound() {
        InstitutionEntry unit = RulebookFixtures.institution(
                "Chinese Academy of Sciences – Qinling Institute of Imaginary Optics", null, CAS.id());
        InstitutionMatcher withUnit = new InstitutionMatcher(List.of(CAS, unit));

        List<NameMatch> matches =
                withUnit.match("Qinling Institute of Imaginary Optics, CAS, Xi'an 710119", "CN", MIN_SCORE, 5);

        assertThat(matches).extracting(NameMatch::id).containsExactly(unit.id(), CAS.id());
        assertThat(withUnit.match("Qinling Institute of Imaginary Optics, CAS", null, MIN_SCORE, 5))
                .extracting(NameMatch::id)
                .doesNotContain(unit.id());
    }

    @Test
    void doesNotMatchAcrossDifferentCountries() {
        assertThat(matcher.match("Harbin Institute of Technology", "RU", MIN_SCORE, 5))
                .isEmpty();
        assertThat(matcher.match("Moscow Institute of Physics and Technology", "CN", MIN_SCORE, 5))
                .isEmpty();
        assertThat(best("Moscow Institute of Physics and Technology", null)).isEqualTo(MIPT.id());
    }

    @Test
    void matchesInstitutionWithUnknownCountryFromAnyCountry() {
        InstitutionEntry stateless = RulebookFixtures.institution("Northwestern Polytechnical University", null, null);
        InstitutionMatcher withStateless = new InstitutionMatcher(List.of(stateless));

        assertThat(withStateless.match("Northwestern Polytechnical University", "CN", MIN_SCORE, 5))
                .hasSize(1);
    }

    @Test
    void matchesAcronymOnlyAsTheWholeInputInItsCountry() {
        assertThat(best("HIT", "CN")).isEqualTo(HIT.id());
        assertThat(best("HIT", null)).isEqualTo(HIT.id());
        assertThat(best("CAS", "CN")).isEqualTo(CAS.id());
        assertThat(matcher.match("HIT", "US", MIN_SCORE, 5)).isEmpty();
        assertThat(matcher.match("hit", "CN", MIN_SCORE, 5)).isEmpty();
        assertThat(matcher.match("HIT Lab", "CN", MIN_SCORE, 5)).isEmpty();
        assertThat(matcher.match("Bit", null, MIN_SCORE, 5)).isEmpty();
        assertThat(matcher.match("Casablanca", null, MIN_SCORE, 5)).isEmpty();
    }

    @Test
    void requiresSameCountryForAcronymOfInstitutionWithoutCountry() {
        InstitutionEntry stateless = RulebookFixtures.institution("Some Polytechnic Laboratory", null, null, "SPL");
        InstitutionMatcher withStateless = new InstitutionMatcher(List.of(stateless));

        assertThat(withStateless.match("SPL", "CN", MIN_SCORE, 5)).isEmpty();
        assertThat(withStateless.match("SPL", null, MIN_SCORE, 5)).hasSize(1);
    }

    @Test
    void keepsHarbinEngineeringUniversityApartFromHarbinInstituteOfTechnology() {
        assertThat(matcher.match("Harbin Engineering University", "CN", MIN_SCORE, 5))
                .extracting(NameMatch::id)
                .containsExactly(HEU.id());
        InstitutionMatcher onlyHit = new InstitutionMatcher(List.of(HIT));
        assertThat(onlyHit.match("Harbin Engineering University", "CN", MIN_SCORE, 5))
                .isEmpty();
        assertThat(new InstitutionMatcher(List.of(HEU)).match("Harbin Institute of Technology", "CN", MIN_SCORE, 5))
                .isEmpty();
    }

    @Test
    void keepsUniversityOfScienceAndTechnologyBeijingApartFromUstc() {
        assertThat(matcher.match("University of Science and Technology Beijing", "CN", MIN_SCORE, 5))
                .isEmpty();
        assertThat(best("University of Science & Technology of China", "CN")).isEqualTo(USTC.id());
    }

    @Test
    void keepsChineseUniversityOfHongKongApartFromChineseAcademyOfSciences() {
        assertThat(matcher.match("Chinese University of Hong Kong", null, MIN_SCORE, 5))
                .isEmpty();
        assertThat(matcher.match("The Chinese University of Hong Kong", "HK", MIN_SCORE, 5))
                .isEmpty();
    }

    @Test
    void keepsBeijingUniversityOfTechnologyApartFromBeijingInstituteOfTechnology() {
        assertThat(matcher.match("Beijing University of Technology", "CN", MIN_SCORE, 5))
                .isEmpty();
    }

    @Test
    void keepsNamesDifferingOnlyInOrganisationWordsApart() {
        InstitutionMatcher matcher = new InstitutionMatcher(List.of(
                RulebookFixtures.institution("Nanjing Tech University", "CN", null),
                RulebookFixtures.institution("Tianjin University", "CN", null)));

        assertThat(matcher.match("Nanjing University of Science and Technology", "CN", MIN_SCORE, 5))
                .isEmpty();
        assertThat(matcher.match("Tianjin University of Technology", "CN", MIN_SCORE, 5))
                .isEmpty();
        assertThat(matcher.match("Tianjin Univ.", "CN", MIN_SCORE, 5)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "University of Cambridge",
                "Universidad de Sevilla",
                "Universidad Autónoma de Madrid",
                "Massachusetts Institute of Technology",
                "Institute of Technology",
                "University"
            })
    void matchesNothingForInstitutionsOutsideTheRulebook(String name) {
        assertThat(matcher.match(name, null, MIN_SCORE, 5)).isEmpty();
        assertThat(matcher.match(name, "CN", MIN_SCORE, 5)).isEmpty();
    }

    @Test
    void returnsEmptyForBlankInputOrZeroLimit() {
        assertThat(matcher.match("", "CN", MIN_SCORE, 5)).isEmpty();
        assertThat(matcher.match(null, "CN", MIN_SCORE, 5)).isEmpty();
        assertThat(matcher.match("Harbin Institute of Technology", "CN", MIN_SCORE, 0))
                .isEmpty();
    }

    @Test
    void ordersTiesByNameAndHonoursLimit() {
        List<NameMatch> all = matcher.match("Harbin", "CN", 0.0, 10);

        assertThat(all)
                .isSortedAccordingTo((a, b) -> a.score() != b.score()
                        ? Double.compare(b.score(), a.score())
                        : nameOf(a).compareTo(nameOf(b)));
        assertThat(matcher.match("Harbin", "CN", 0.0, 1)).hasSize(Math.min(1, all.size()));
    }

    private static String nameOf(NameMatch match) {
        return INSTITUTIONS.stream()
                .filter(entry -> entry.id().equals(match.id()))
                .findFirst()
                .orElseThrow()
                .name();
    }

    private java.util.UUID best(String name, String country) {
        List<NameMatch> matches = matcher.match(name, country, MIN_SCORE, 5);
        assertThat(matches).as("matches for %s", name).isNotEmpty();
        return matches.get(0).id();
    }
}
