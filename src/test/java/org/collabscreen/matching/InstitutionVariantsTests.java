package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.CAS;
import static org.collabscreen.matching.RulebookFixtures.CAS_CHEMISTRY;
import static org.collabscreen.matching.RulebookFixtures.HIT;
import static org.collabscreen.matching.RulebookFixtures.INSTITUTIONS;

/** The variants and negatives of the matching issue that the v1 tests did not cover, with their explanations. */
class InstitutionVariantsTests {

    private static final double MIN_SCORE = 0.8;
    private static final InstitutionEntry CAS_PHYSICS =
            RulebookFixtures.institution("Institute of Physics", null, CAS.id(), "物理研究所");
    private static final InstitutionEntry BIT_SHOUTED =
            RulebookFixtures.institution("Tianjin University", "CN", null, "TIANJIN UNIVERSITY", "TJU");

    private final InstitutionMatcher matcher = new InstitutionMatcher(rules());

    private static List<InstitutionEntry> rules() {
        List<InstitutionEntry> rules = new ArrayList<>(INSTITUTIONS);
        rules.add(CAS_PHYSICS);
        rules.add(BIT_SHOUTED);
        return rules;
    }

    private NameMatch best(String name, String country) {
        List<NameMatch> matches = matcher.match(name, country, MIN_SCORE, 3);
        assertThat(matches).as("matches for %s", name).isNotEmpty();
        return matches.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"哈爾濱工業大學", "哈爾浜工業大学"})
    void foldsTraditionalChineseAndJapaneseKanjiToSimplified(String name) {
        InstitutionEntry simplifiedOnly =
                // not the listed name, whose other names (matching/other-names.tsv) include the Traditional one
                RulebookFixtures.institution("Harbin Institute of Technology (fixture)", "CN", null, "哈尔滨工业大学");
        NameMatch match = new InstitutionMatcher(List.of(simplifiedOnly))
                .match(name, "CN", MIN_SCORE, 1)
                .get(0);
        assertThat(match.id()).isEqualTo(simplifiedOnly.id());
        assertThat(match.transformations()).contains("traditional Chinese or Japanese characters folded to simplified");
    }

    @Test
    void reportsTheAliasWrittenExactlyAsTheInput() {
        InstitutionEntry hit =
                RulebookFixtures.institution("Harbin Institute of Technology", "CN", null, "哈尔滨工业大学", "哈爾濱工業大學");
        NameMatch match = new InstitutionMatcher(List.of(hit))
                .match("哈爾濱工業大學", "CN", MIN_SCORE, 1)
                .get(0);
        assertThat(match.matchedAlias()).isEqualTo("哈爾濱工業大學");
        assertThat(match.transformations()).containsExactly("same name after normalisation");
    }

    @Test
    void expandsOrganisationAbbreviations() {
        NameMatch match = best("Harbin Inst. of Tech.", "CN");
        assertThat(match.id()).isEqualTo(HIT.id());
        assertThat(match.transformations())
                .contains("abbreviation or variant: inst → institute", "abbreviation or variant: tech → technology");
    }

    @Test
    void ignoresWordOrder() {
        assertThat(best("Technology Institute of Harbin", "CN").id()).isEqualTo(HIT.id());
    }

    @Test
    void correctsMisspeltOrganisationWordsAndSaysSo() {
        NameMatch match = best("Harbin Institue of Technology", "CN");
        assertThat(match.id()).isEqualTo(HIT.id());
        assertThat(match.score()).isLessThan(1.0);
        assertThat(match.transformations()).contains("misspelling tolerated: institue → institute");
    }

    @Test
    void reducesAffiliationWithDepartmentCityAndPostcodeToTheOrganisation() {
        NameMatch match = best("Dept. of Physics, Harbin Institute of Technology, Harbin 150001, China", "CN");
        assertThat(match.id()).isEqualTo(HIT.id());
        assertThat(match.transformations()).contains("affiliation reduced to \"harbin institute of technology\"");
    }

    @Test
    void matchesAcronymBesideItsCityOnlyWithTheDeclaredCountry() {
        assertThat(best("HIT, Harbin, China", "CN").id()).isEqualTo(HIT.id());
        assertThat(matcher.match("HIT, Harbin, China", null, MIN_SCORE, 3)).isEmpty();
        assertThat(matcher.match("HIT, Harbin, China", "US", MIN_SCORE, 3)).isEmpty();
    }

    @Test
    void resolvesSubUnitAffiliationToTheUnitBeforeItsParent() {
        List<NameMatch> matches = matcher.match(
                "Institute of Chemistry, Chinese Academy of Sciences, Beijing 100190", "CN", MIN_SCORE, 3);
        assertThat(matches).extracting(NameMatch::id).startsWith(CAS_CHEMISTRY.id());
        assertThat(best("Institute of Physics, Chinese Academy of Sciences", "CN")
                        .id())
                .isEqualTo(CAS_PHYSICS.id());
    }

    @Test
    void givesASubUnitWithoutCountryItsParentsCountry() {
        assertThat(matcher.match("Institute of Physics, University of Tartu", "EE", MIN_SCORE, 3))
                .isEmpty();
        assertThat(matcher.match("Institute of Physics", "DE", MIN_SCORE, 3)).isEmpty();
    }

    @Test
    void reportsTheCanonicalNameWhenItMatchesAsWellAsAnAlias() {
        NameMatch match = best("Tianjin University", "CN");
        assertThat(match.matchedAlias()).isEqualTo("Tianjin University");
        assertThat(match.transformations()).containsExactly("same name after normalisation");
    }

    @Test
    void joinsAndSplitsRomanisedWordsAsTheAliasDoes() {
        InstitutionEntry sjtu = RulebookFixtures.institution("Shanghai Jiao Tong University", "CN", null);
        InstitutionEntry xjtu = RulebookFixtures.institution("Xian Jiaotong University", "CN", null);
        InstitutionMatcher romanised = new InstitutionMatcher(List.of(sjtu, xjtu));
        assertThat(romanised.match("Shanghai Jiaotong University", "CN", MIN_SCORE, 1))
                .extracting(NameMatch::id)
                .containsExactly(sjtu.id());
        assertThat(romanised.match("Xian Jiao Tong University", "CN", MIN_SCORE, 1))
                .extracting(NameMatch::id)
                .containsExactly(xjtu.id());
    }

    @Test
    void readsArabicLetterFormsAsPersian() {
        InstitutionEntry sharif =
                RulebookFixtures.institution("Sharif University of Technology", "IR", null, "دانشگاه صنعتی شریف");
        InstitutionMatcher persian = new InstitutionMatcher(List.of(sharif));
        assertThat(persian.match("دانشگاه صنعتي شريف", "IR", MIN_SCORE, 1))
                .extracting(NameMatch::id)
                .containsExactly(sharif.id());
    }

    @Test
    void keepsOrganisationsWithAWordInsertedInTheListedNameApart() {
        InstitutionEntry msu = RulebookFixtures.institution("Moscow State University", "RU", null);
        InstitutionMatcher moscow = new InstitutionMatcher(List.of(msu, CAS));
        assertThat(moscow.match("Moscow State Linguistic University", "RU", MIN_SCORE, 1))
                .isEmpty();
        assertThat(moscow.match("Chinese Academy of Social Sciences", "CN", MIN_SCORE, 1))
                .isEmpty();
        assertThat(moscow.match("Chinese Academy of Medical Sciences", "CN", MIN_SCORE, 1))
                .isEmpty();
        assertThat(moscow.match("Moscow State University, Moscow", "RU", MIN_SCORE, 1))
                .extracting(NameMatch::id)
                .containsExactly(msu.id());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbin Medical University",
                "Harbin",
                "Department of Physics",
                "University",
                "School of Materials Science and Engineering",
                "Harbin University of Commerce"
            })
    void matchesNoListedInstitutionForSharedWordsAlone(String name) {
        assertThat(matcher.match(name, "CN", MIN_SCORE, 3))
                .extracting(NameMatch::id)
                .doesNotContain(HIT.id());
    }
}
