package org.collabscreen.matching;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed universities and institutes of China, Russia and Iran as other languages' press and partners write them, their
 * Chinese short forms and nicknames (matching/other-names.tsv), against the seeded rulebook.
 */
class ListedUniversitiesInOtherLanguagesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Харбинский инженерный университет, кафедра гидроакустики | CN | Harbin Engineering University",
                "Харбинский политехнический университет, кафедра оптики | CN | Harbin Institute of Technology",
                "Pekinger Universität für Luft- und Raumfahrt, Fakultät für Triebwerke | CN | Beihang University",
                "Université Imam-Hossein, Téhéran | IR | Imam Hussein University",
                "Физтех, лаборатория квантовой оптики | RU | Moscow Institute of Physics and Technology",
                "Тяньцзиньский университет, химический факультет | CN | Tianjin University",
                "Universidade de Correios e Telecomunicações de Pequim | CN | Beijing University of Posts and Telecommunications",
                "Нанкинский университет аэронавтики и астронавтики | CN | Nanjing University of Aeronautics and Astronautics",
            })
    void resolvesAListedInstitutionWrittenInAnotherLanguage(String input, String country, String expected) {
        Optional<String> best = SeededInstitutions.best(input, country);
        assertThat(best).as(input).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "东北大学 材料学院, 沈阳 | CN | Peking University",
                "Пекинский педагогический университет, факультет физики | CN | Peking University",
            })
    void doesNotTakeAShortFormInsideAnotherNameOrAGenericWord(String input, String country, String not) {
        List<NameMatch> found = SeededInstitutions.MATCHER.match(input, country, SeededInstitutions.MIN_SCORE, 1);
        assertThat(found)
                .noneMatch(match -> SeededInstitutions.nameOf(match.id()).equals(not));
    }
}
