package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A place is evidence about the organisation it belongs to: in narrative text that names several organisations, the
 * place in another organisation's clause does not sink a listed name, while a comma hierarchy or an address still
 * places the listed-looking name itself.
 */
class PlacesOfOtherOrganisationsTests {

    private static final double MIN_SCORE = 0.8;
    private static final List<InstitutionEntry> SEEDED = SeedEntries.institutions();

    private final InstitutionMatcher institutions = new InstitutionMatcher(SEEDED);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Doctorate from Army Medical University (2015); currently a research fellow at the University of Edinburgh"
                        + " | Army Medical University",
                "Air Force Engineering University signed a memorandum of understanding with the Universidad de Granada"
                        + " | Air Force Engineering University",
                "Renmin University y la Universidad Complutense de Madrid firman un acuerdo | Renmin University",
                "Accord de coopération entre Soochow University et l'Université de Lyon | Soochow University",
                "Naval Aviation University graduate, now working at Nokia Bell Labs in Espoo, Finland"
                        + " | Naval Aviation University",
                "Lecturer at Monash University, Melbourne; previously at Space Engineering University"
                        + " | Space Engineering University",
                "Army Engineering University together with Delft University of Technology, Netherlands"
                        + " | Army Engineering University",
                "Defence Industries Organization Training and Research Institute, now with Carleton University, Ottawa"
                        + " | Defence Industries Organization Training and Research Institute",
                "Sun Yat-sen University (doctorado, 2019); actualmente investigadora en la Universidad de Sevilla"
                        + " | Sun Yat-sen University",
            })
    void keepsAListedNameBesideAnotherOrganisationsPlace(String input, String expected) {
        List<NameMatch> found = institutions.match(input, null, MIN_SCORE, 1);

        assertThat(found).extracting(match -> nameOf(match.id())).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Army Research Institute, now based in Oslo, Norway",
                "Institute of Applied Physics; Vienna University of Technology; Austria",
                "Air Force Research Institute at the Norwegian Defence Research Establishment",
                "Defence Industries Organization Training and Research Institute, Ottawa",
                "National Defence University and Finnish Defence Forces, Helsinki",
            })
    void stillSinksAGenericNameAtItsOwnAddress(String input) {
        assertThat(institutions.match(input, null, MIN_SCORE, 1)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tsinghua alumna, now at Google Zurich | 2",
                "Institute of Physics, Czech Academy of Sciences, Prague | 1",
                "Institute of Physics; Czech Academy of Sciences | 1",
                "Xidian University and the Universität Wien | 2",
                "Xidian University and Applied Physics | 1",
                "Сотрудник Томского университета, сейчас работает в Университете Хельсинки | 2",
                "Ingeniera en Madrid, actualmente en Lisboa | 1",
            })
    void cutsNarrativeTextIntoClauses(String input, int clauses) {
        assertThat(PlaceClauses.of(input)).hasSize(clauses);
    }

    private static String nameOf(UUID id) {
        return SEEDED.stream()
                .filter(entry -> entry.id().equals(id))
                .findFirst()
                .orElseThrow()
                .name();
    }
}
