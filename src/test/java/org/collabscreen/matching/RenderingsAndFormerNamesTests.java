package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's seventh round: Italian and Portuguese renderings and the capitals' exonyms, the People's Liberation Army
 * as other languages abbreviate it, Web of Science abbreviations that stand for two words, companies' legal forms,
 * Arabic commas, Russian institutes named without their legal form or with the Academy after them, the former names of listed universities and companies, and names from the Research Organization
 * Registry, against the seeded rulebook.
 */
class RenderingsAndFormerNamesTests {

    private static final double MIN_SCORE = 0.8;
    private static final List<InstitutionEntry> INSTITUTIONS = SeedEntries.institutions();

    private final InstitutionMatcher institutions = new InstitutionMatcher(INSTITUTIONS);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Università di Pechino, Cina | CN | Peking University",
                "Universidade de Nanquim | CN | Nanjing University",
                "Academia de Ciencias Militares del EPL, Pekín | CN | Academy of Military Science",
                "Beijing Univ Posts & Telecommun, Sch Informat & Commun Engn, Beijing 100876 | CN | Beijing University of Posts and Telecommunications",
                "Cent South Univ, Sch Mat Sci & Engn, Changsha 410083 | CN | Central South University",
                "Chengdu Institute of Radio Engineering | CN | University of Electronic Science and Technology of China",
                "北京邮电学院 | CN | Beijing University of Posts and Telecommunications",
                "Peiyang University, Tianjin | CN | Tianjin University",
                "Novogene Corporation, Beijing | CN | Novogene Company Limited",
                "دانشگاه صنعتی شریف، دانشکده مهندسی کامپیوتر | IR | Sharif University of Technology",
                "Chekiang University, Hangzhou | CN | Zhejiang University",
                "Tsin Ku University | CN | Hebei University",
                "Boreskov Institute of Catalysis of the Russian Academy of Sciences | RU | Federal Research Center Boreskov Institute of Catalysis",
                "Institute of Molecular and Cellular Biology of the Siberian Branch of the Russian Academy of Sciences | RU | Federal State Budgetary Institution of Science Institute of Molecular and Cell Biology, Siberian Branch of the Russian Academy of Sciences",
            })
    void resolvesRenderingsAbbreviationsAndFormerNames(String input, String country, String expected) {
        assertThat(best(input, country)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nanjing Institute of Technology, Nanjing | CN | Southeast University",
                "East China University of Technology, Nanchang | CN | Jiangsu University of Science and Technology",
            })
    void doesNotTakeAnotherInstitutionForOneWhoseFormerNameItResembles(String input, String country, String not) {
        List<NameMatch> found = institutions.match(input, country, MIN_SCORE, 1);
        assertThat(found).noneMatch(match -> nameOf(match.id()).equals(not));
    }

    private String best(String input, String country) {
        List<NameMatch> found = institutions.match(input, country, MIN_SCORE, 1);
        assertThat(found).as(input).isNotEmpty();
        return nameOf(found.get(0).id());
    }

    private static String nameOf(UUID id) {
        return INSTITUTIONS.stream()
                .filter(entry -> entry.id().equals(id))
                .map(InstitutionEntry::name)
                .findFirst()
                .orElseThrow();
    }
}
