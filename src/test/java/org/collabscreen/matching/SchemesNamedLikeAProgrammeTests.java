package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schemes named like a listed programme that are not it: companies' developer programmes and customers' plans,
 * provincial schemes, and a university's own scheme named like the Chinese Academy of Sciences' Hundred Talents
 * Program ({@link UniversitySchemes}); while the academy's programme held at a university, or named beside the
 * academy, still is the academy's, and a programme named in another segment than the university's own scheme or
 * beside a university's possessive ("the university's notice") still is named, against the seeded programmes.
 */
class SchemesNamedLikeAProgrammeTests {

    @ParameterizedTest
    @ValueSource(strings = {"Kunpeng Developer Program", "Huawei Cloud Kunpeng Partner Programme", "国家青年基金"})
    void matchesNothingForCompanyProgrammesAndOtherSchemes(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "江苏省万人计划",
                "天府万人计划（四川省）",
                "湖北省百人计划",
                "浙江省海外高层次人才引进计划",
                "Peacock Premium streaming plan",
                "Kunpeng mobile data plan",
            })
    void matchesNothingForProvincialSchemesAndCustomersPlans(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Wuhan University Hundred Talents Program, 2015",
                "武汉大学“百人计划”特聘研究员",
                "Fudan Daxue Bairen Jihua",
                "Nanjing University Qiming Program, 2021",
            })
    void takesAUniversitysOwnHundredTalentsForNoAcademyProgramme(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CAS Hundred Talents Program, University of Science and Technology of China",
                "Hundred Talents Program of the Chinese Academy of Sciences, professor at Lanzhou University",
                "中国科学院大学“百人计划”，中国科学院",
                "Hundred Talents Program (2010)",
            })
    void keepsTheAcademysProgrammeHeldAtAUniversity(String input) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains("Hundred Talents"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Visiting chair under Project 5-100 (Kazan Federal University development programme) | Project 5-100",
                "Kunpeng Plan awardee according to the university's personnel notice | Kunpeng",
            })
    void keepsAProgrammeNamedApartFromAUniversitysOwnScheme(String input, String nameOfExpected) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains(nameOfExpected));
    }
}
