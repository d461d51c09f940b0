package org.collabscreen.matching;

import java.util.List;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Names in pinyin, romanised Russian and other languages, and places that tell an affiliation's country. */
class RomanisedAndPlacedNamesTests {

    private static final double MIN_SCORE = 0.8;
    private static final List<InstitutionEntry> SEEDED = SeedEntries.institutions();

    private final InstitutionMatcher institutions = new InstitutionMatcher(SEEDED);
    private final TalentProgrammeMatcher programmes = new TalentProgrammeMatcher(SeedEntries.programmes());

    @Test
    void rendersNativeNamesInLatinLetters() {
        assertThat(Romanisation.of("西北工业大学")).containsExactly("xibei gongye daxue");
        assertThat(Romanisation.of("Московский физико-технический институт"))
                .contains("Moskovskiy fiziko-tekhnicheskiy institut");
        assertThat(Romanisation.of("Harbin Institute of Technology")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Xibei Gongye Daxue | CN | Northwestern Polytechnical University",
                "Beijing Ligong Daxue | CN | Beijing Institute of Technology",
                "Institut polytechnique de Harbin | CN | Harbin Institute of Technology",
                "Moskovskij fiziko-tehniceskij institut | RU | Moscow Institute of Physics and Technology",
                "Moskauer Staatliche Universität | RU | Moscow State University",
                "Institut de physique et de technologie de Moscou, Dolgoprudny | RU | Moscow Institute of Physics and Technology",
                "Rzhanov Institute of Semiconductor Physics, SB RAS | RU | Rzhanov Institute of Semiconductor Physics of the Siberian Branch of the RAS",
                "Univ. Sci. Technol. China | CN | University of Science and Technology of China",
                "CAS National Time Service Center, Xi'an 710600 | CN | Chinese Academy of Sciences – National Time Service Center",
                "CAS Institute of Microelectronics, Beijing | CN | Chinese Academy of Sciences – Institute of Microelectronics",
            })
    void resolvesRenderingsOfListedNames(String input, String country, String expected) {
        List<NameMatch> found = institutions.match(input, country, MIN_SCORE, 1);

        assertThat(found).extracting(match -> nameOf(match.id())).containsExactly(expected);
    }

    @Test
    void resolvesAProgrammeTypedInPinyin() {
        List<NameMatch> found = programmes.match("Wanren Jihua", MIN_SCORE, 1);

        assertThat(found).hasSize(1);
        assertThat(SeedEntries.programmes().stream()
                        .filter(p -> p.id().equals(found.get(0).id()))
                        .map(ProgrammeEntry::code))
                .containsExactly("TP-CN-10K");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Institute of Physics, Czech Academy of Sciences",
                "National Defence University, Helsinki",
                "Institute of Applied Physics, TU Wien",
                "National Defense University, Washington DC"
            })
    void aPlaceInAnotherCountrySinksAGenericListedName(String affiliation) {
        assertThat(institutions.match(affiliation, null, MIN_SCORE, 3)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // "science and technology" (科技) is another kind of university than "technology" (理工, 工业)
                "Wuhan Univ. of Sci. & Tech., Wuhan | CN",
                // a city and a postcode are an address, not Xiamen University
                "CAS Key Laboratory of Urban Environment and Health, Xiamen | CN",
            })
    void resolvesNothingForAnotherInstitutionThatSharesMostWords(String affiliation, String country) {
        assertThat(institutions.match(affiliation, country, MIN_SCORE, 1)).isEmpty();
    }

    @Test
    void aListedNameThatNamesItsOwnPlaceSurvivesAForeignCity() {
        List<NameMatch> found = institutions.match("Harbin Institute of Technology, Boston, MA", null, MIN_SCORE, 1);

        assertThat(found).extracting(match -> nameOf(match.id())).containsExactly("Harbin Institute of Technology");
    }

    @Test
    void aGenericNameInItsListedCountryStillResolves() {
        List<NameMatch> found = institutions.match("National Defense University, Beijing, China", null, MIN_SCORE, 1);

        assertThat(found).extracting(match -> nameOf(match.id())).containsExactly("National Defense University");
    }

    @Test
    void readsCountriesFromPlacesDemonymsAndNamedBodies() {
        assertThat(PlaceEvidence.countries("Institute of Physics, Czech Academy of Sciences, Prague"))
                .containsExactly("CZ");
        assertThat(PlaceEvidence.countries("Dept. of Physics, Nizhny Novgorod")).containsExactly("RU");
        assertThat(PlaceEvidence.countries("Institute of Applied Physics")).isEmpty();
    }

    private static String nameOf(java.util.UUID id) {
        return SEEDED.stream()
                .filter(entry -> entry.id().equals(id))
                .map(InstitutionEntry::name)
                .findFirst()
                .orElseThrow();
    }
}
