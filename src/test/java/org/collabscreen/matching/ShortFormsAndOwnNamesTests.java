package org.collabscreen.matching;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names institutions write themselves short or in their own language that the lists do not give: 交大 for 交通大学, the
 * Chinese names of defence key laboratories hosted by universities, Russian institutes' acronyms and current names, the Chinese names of the Academy of
 * Military Medical Sciences' institutes, companies' English and Chinese names of their own usage.
 */
class ShortFormsAndOwnNamesTests {

    @Test
    void aJiaoTongUniversityIsWrittenJiaoDa() {
        assertThat(HanShortNames.of("青岭交通大学")).hasValue("青岭交大");
        assertThat(HanShortNames.of("交通大学")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "上海交大 化学化工学院 | CN | Shanghai Jiao Tong University",
                "西安交大 电气工程学院，西安 | CN | Xi’an Jiatong University",
                "天线与微波技术国防科技重点实验室 | CN | Defense S&T Key Laboratory of Antennas and Microwave Technology at Xidian University",
                "中南大学 轻质高强结构材料重点实验室，长沙 | CN | Defense S&T Key Laboratory of Lightweight, High-strength Structural Materials at Central South University",
                "Pushchino Scientific Center for Biological Research of the Russian Academy of Sciences | RU | Federal State Budgetary Institution of Science Federal Research Center Pushchino Scientific Center for Biology, Russian Academy of Sciences",
                "IITP RAS, Moscow | RU | A.A. Kharkevich Institute for Information Transmission Problems, IITP, Russian Academy of Sciences",
                "МНИРТИ, Москва | RU | Moscow Order of the Red Banner of Labor Research Radio Engineering Institute JSC",
                "军事医学科学院 军事兽医研究所，长春 | CN | Academy of Military Medical Sciences, Military Veterinary Research Institute",
                "AVIC Helicopter Co., Jingdezhen | CN | Avicopter PLC",
                "CCCC First Harbor Engineering Co., Ltd. | CN | CCCC First Harbor Engineering Bureau Co. Ltd.",
                "中国航空制造技术研究院（北京航空制造工程研究所） | CN | Beijing Aeronautical Manufacturing Technology Research Institute",
            })
    void resolvesShortFormsAndOwnNames(String input, String country, String expected) {
        assertThat(best(input, country)).isEqualTo(expected);
    }

    private static String best(String input, String country) {
        Optional<String> best = SeededInstitutions.best(input, country);
        assertThat(best).as(input).isPresent();
        return best.get();
    }
}
