package org.collabscreen.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Units of listed parents written without the parent: every institute of the Chinese Academy of Sciences, the Academy of
 * Military Medical Sciences and the China Academy of Engineering Physics, and every campus, graduate school and institute of
 * a listed university elsewhere that {@code matching/group-units.tsv} and {@code matching/campuses.tsv} give, resolves to
 * the entry it is filed under or to that entry's unit; bodies elsewhere with the same generic names resolve to nothing.
 */
class UnitsAndCampusesOfListedParentsTests {

    private static final String ROUND = "twenty-second round";

    @Test
    void everyUnitNameResolvesToTheEntryItIsFiledUnder() throws IOException {
        List<String[]> lines = new ArrayList<>(linesOfTheRound("/matching/group-units.tsv"));
        lines.addAll(linesOfTheRound("/matching/campuses.tsv"));
        assertThat(lines).hasSizeGreaterThan(300);
        assertSoftly(softly -> {
            for (String[] line : lines) {
                softly.assertThat(resolvesUnder(line[1], "CN", line[0]))
                        .as(line[1] + " under " + line[0])
                        .isTrue();
                softly.assertThat(resolvesUnder(line[1], null, line[0]))
                        .as(line[1] + " under " + line[0] + ", no country declared")
                        .isTrue();
            }
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Laboratory of Plant Signalling, Kunming Institute of Botany, Kunming 650201 | CN | Chinese Academy of Sciences",
                "Beijing Institute of Genomics, Chaoyang District, Beijing | | Chinese Academy of Sciences",
                "Tianjin Institute of Environmental and Operational Medicine, Tianjin | CN | Academy of Military Medical Sciences",
                "School of Microelectronics, Xiamen University Malaysia, Sepang | | Xiamen University",
                "Department of Data Science, Tsinghua Shenzhen International Graduate School, Nanshan | CN | Tsinghua University",
                "HITSZ, Shenzhen, Guangdong | CN | Harbin Institute of Technology",
                "SJTU Paris Elite Institute of Technology, Minhang, Shanghai | CN | Shanghai Jiao Tong University",
                "Universiti Xiamen Malaysia, Jalan Sunsuria, Sepang, Selangor, Malaysia | MY | Xiamen University",
                "Peking University Oxford Centre, Oxford | GB | Peking University",
            })
    void aUnitWrittenInAnAffiliationResolvesToItsParent(String input, String country, String parent) {
        assertThat(resolvesUnder(input, country, parent)).as(input).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Institute of Genomics, University of Tartu | EE",
                "Institute of Zoology, Slovak Academy of Sciences, Bratislava | SK",
                "Institute of Botany, Czech Academy of Sciences, Pruhonice | CZ",
                "Institute of Oceanology, Polish Academy of Sciences, Sopot | PL",
                "National Astronomical Observatory of Japan, Mitaka | JP",
                "Institut Pasteur de Lille | FR",
                "Ecole Centrale de Lyon | FR",
                "MIT Schwarzman College of Computing | US",
                "Monash University Malaysia, Subang Jaya | MY",
                "Universiti Malaya, Kuala Lumpur | MY",
                "Oxford Centre for Islamic Studies, Oxford | GB",
                "Peking Union Medical College Shenzhen Graduate School | CN",
                "Xiamen University of Technology | CN",
                "Duke Kunshan University | CN",
                "Computer Network Information Center, Moscow | RU",
                "湖南省地理所 | CN",
                "江苏省植物所 | CN",
                "金属所 | CN",
            })
    void aBodyElsewhereWithAGenericUnitNameResolvesToNothing(String input, String country) {
        assertThat(SeededInstitutions.best(input, country)).as(input).isEmpty();
    }

    @Test
    void everyListedUniversityIsReadBeforeTheWordsOfACampusElsewhere() {
        List<String> universities = SeededInstitutions.ENTRIES.stream()
                .filter(entry -> entry.parentId() == null && "CN".equals(entry.country()))
                .map(InstitutionEntry::name)
                .filter(name -> name.matches("[A-Za-z' ]+")
                        && (name.contains(" University") || name.contains("Institute of Technology")))
                .toList();
        assertThat(universities).hasSizeGreaterThan(50);
        List<String> endings = List.of("Zhuhai Campus", "Shenzhen Research Institute", "Suzhou Graduate School");
        assertSoftly(softly -> {
            for (int i = 0; i < universities.size(); i++) {
                String input = universities.get(i) + " " + endings.get(i % endings.size());
                softly.assertThat(resolvesUnder(input, "CN", universities.get(i)))
                        .as(input)
                        .isTrue();
            }
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nanjing University of Chinese Medicine Hanlin College",
                "Yunnan University Chenggong Campus",
                "Beijing Normal University Zhuhai Campus",
                "Shenzhen Technology University Pingshan Campus",
            })
    void aNameContinuedPastAListedUniversityOrAnUnlistedOnesCampusIsNoCampus(String input) {
        assertThat(SeededInstitutions.best(input, "CN")).as(input).isEmpty();
    }

    /** Whether the best match is the entry listed under this name or one of its units. */
    private static boolean resolvesUnder(String input, String country, String listedName) {
        List<NameMatch> matches = SeededInstitutions.MATCHER.match(input, country, SeededInstitutions.MIN_SCORE, 1);
        if (matches.isEmpty()) {
            return false;
        }
        String wanted = NameNormaliser.normalise(listedName);
        Optional<InstitutionEntry> entry = entry(matches.get(0).id());
        while (entry.isPresent()) {
            if (NameNormaliser.normalise(entry.get().name()).equals(wanted)) {
                return true;
            }
            entry = Optional.ofNullable(entry.get().parentId()).flatMap(UnitsAndCampusesOfListedParentsTests::entry);
        }
        return false;
    }

    private static Optional<InstitutionEntry> entry(UUID id) {
        return SeededInstitutions.ENTRIES.stream()
                .filter(e -> e.id().equals(id))
                .findFirst();
    }

    private static List<String[]> linesOfTheRound(String resource) throws IOException {
        try (InputStream in = UnitsAndCampusesOfListedParentsTests.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && columns.length == 3 && columns[2].contains(ROUND)) {
                    lines.add(columns);
                }
            }
            return lines;
        }
    }
}
