package org.collabscreen.matching;

import java.util.List;
import java.util.Optional;

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
        List<NameMatch> found = SeededInstitutions.MATCHER.match(input, country, SeededInstitutions.MIN_SCORE, 1);
        assertThat(found)
                .noneMatch(match -> SeededInstitutions.nameOf(match.id()).equals(not));
    }

    private static String best(String input, String country) {
        Optional<String> best = SeededInstitutions.best(input, country);
        assertThat(best).as(input).isPresent();
        return best.get();
    }
}
