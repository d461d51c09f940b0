package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every country's names, peoples, cities and national bodies are places ({@code matching/places.tsv}), so a generic
 * listed name written with a place of any other country sinks; and no place is a word of a listed name in another
 * country, which would sink the listed name itself.
 */
class PlacesOfEveryCountryTests {

    private static final double MIN_SCORE = 0.8;
    private static final List<InstitutionEntry> SEEDED = SeedEntries.institutions();

    private final InstitutionMatcher institutions = new InstitutionMatcher(SEEDED);

    @Test
    void noPlaceIsAWordOfAListedNameInAnotherCountry() {
        Map<UUID, InstitutionEntry> byId = new HashMap<>();
        SEEDED.forEach(entry -> byId.put(entry.id(), entry));
        // a campus, graduate school or institute abroad names its country by design: EntryCountries files the entry
        // there too (UnitsAndCampusesOfListedParentsTests resolves every such name)
        Set<String> campuses = new HashSet<>();
        TsvResource.rows("/matching/campuses.tsv", 3, "a listed name, another name and its source")
                .forEach(row -> campuses.add(row[1]));
        List<String> foreign = new ArrayList<>();
        for (InstitutionEntry entry : SEEDED) {
            String country = countryOf(entry, byId);
            // a listed company is kept wherever the input places it (EntryCountries), so its names may name places
            if (country == null || LegalForms.isCompanyName(entry.name())) {
                continue;
            }
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(entry.name());
            names.addAll(OtherNames.INSTITUTIONS.of(entry.name()));
            names.removeAll(campuses);
            for (String name : names) {
                Set<String> named = new HashSet<>(PlaceEvidence.countries(name));
                named.remove(country);
                if (!named.isEmpty()) {
                    foreign.add(name + " (" + country + ") names " + named);
                }
            }
        }
        assertThat(foreign).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Dept. of Physics, Zagreb, Croatia | HR",
                "Kyiv, Ukraine | UA",
                "Universidad de Antioquia, Medellín, Colombia | CO",
                "Lagos, Nigeria | NG",
                "Hanoi, Viet Nam | VN",
                "Croatian Academy of Sciences and Arts | HR",
                "Slovak Academy of Sciences | SK",
                "Fraunhofer-Institut für Lasertechnik | DE",
                "A*STAR, Singapore | SG",
                "CSIRO Manufacturing, Clayton, Victoria | AU",
                "KAIST, Daejeon | KR",
                "Allemagne | DE",
                "Германия | DE",
                "Estados Unidos | US",
                "Omsk | RU",
                "Kerman | IR",
                "Новосибирск | RU",
                "Varsovie, Pologne | PL",
                "美国 | US",
            })
    void readsTheCountryOfAnyCountrysPlaces(String text, String country) {
        assertThat(PlaceEvidence.countries(text)).containsExactly(country);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a name another country or a common word shares, or a word of a listed name
                "Georgia",
                "Jordan",
                "Santiago",
                "Victoria",
                "Nice",
                "Reading",
                "Perth",
                "Inner Mongolia",
                "CSIC",
                "Hong Kong"
            })
    void leavesOutNamesOfDoubtfulCountry(String text) {
        assertThat(PlaceEvidence.countries(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Institute of Physics, Zagreb",
                "Institute of Physics, Zagreb, Croatia",
                "National Defence University, Warsaw",
                "Institute of Applied Physics, Chisinau, Moldova",
                "Institute of Physics, Belgrade, Serbia",
                "Institute of Semiconductors, Kyiv",
                "National Defense University, Abuja",
                "Institute of Mechanics, Bucharest",
                "Institute of Applied Physics, Bogotá",
            })
    void aGenericListedNameWithAForeignPlaceSinks(String affiliation) {
        assertThat(institutions.match(affiliation, null, MIN_SCORE, 3)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbin Institute of Technology, Zagreb | Harbin Institute of Technology",
                "Institute of Physics, Chinese Academy of Sciences, Beijing | Chinese Academy of Sciences – Institute of Physics",
            })
    void aListedNameNamingItsOwnCountryStillResolves(String affiliation, String expected) {
        List<NameMatch> found = institutions.match(affiliation, null, MIN_SCORE, 1);

        assertThat(found)
                .extracting(match -> SEEDED.stream()
                        .filter(entry -> entry.id().equals(match.id()))
                        .findFirst()
                        .orElseThrow()
                        .name())
                .containsExactly(expected);
    }

    private static String countryOf(InstitutionEntry entry, Map<UUID, InstitutionEntry> byId) {
        InstitutionEntry current = entry;
        while (current != null) {
            if (current.country() != null) {
                return current.country();
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return null;
    }
}
