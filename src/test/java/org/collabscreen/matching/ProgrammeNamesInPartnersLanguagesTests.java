package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed programmes and their holders' titles as Spanish, French, German, Italian, Portuguese, Russian, Japanese, Korean
 * and Vietnamese texts write them ({@code other-programme-names.tsv}), against the seeded programmes; and a provincial
 * look-alike scheme and a processor named like a listed plan, which name no programme.
 */
class ProgrammeNamesInPartnersLanguagesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Catedrático Changjiang en la Universidad de Wuhan | Changjiang",
                "seleccionado en el Programa Luz de Primavera | Spring Light",
                "Kế hoạch Xuân Huy của Bộ Giáo dục | Spring Light",
                "professore Changjiang presso l'Università di Nanchino | Changjiang",
                "участник программы Десять тысяч талантов | Ten Thousand",
                "Проекта 5-100 по повышению конкурентоспособности | Project 5-100",
                "珠江人材計画に採用 | Pearl River",
                "청년천인계획 선정 | Young Thousand Talents",
                "được chọn vào Kế hoạch Vạn nhân tài | Ten Thousand",
            })
    void resolvesListedProgrammesWrittenInThePartnersLanguages(String input, String nameOfExpected) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).as(input).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains(nameOfExpected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Programa de Becarios Taishan de la provincia de Shandong",
                "servidores con procesadores Kunpeng 920 de Huawei",
            })
    void matchesNoProgrammeForAProvincialLookalikeOrAProcessor(String input) {
        assertThat(SeededProgrammes.top(input)).as(input).isEmpty();
    }
}
