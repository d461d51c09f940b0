package org.collabscreen.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Former names, historical romanisations and reorganised names of listed bodies (issue 15's twenty-sixth round): the
 * PLA's and PAP's academies by their pre-2017 names and component colleges, universities by the names they bore before
 * a merger or 1949 and in Wade-Giles or postal romanisation, Iranian and Russian universities by their pre-1979 and
 * Soviet names, and the military bodies in full toneless pinyin.
 */
class FormerAndReorganisedNamesTests {

    private static final String SECTION = "# former, historical and reorganised names of listed bodies";

    @Test
    void everyFormerOrReorganisedNameResolvesToTheBodyItIsFiledUnder() throws IOException {
        List<String[]> lines = section();
        assertThat(lines).hasSizeGreaterThan(150);
        List<String> wrong = new ArrayList<>();
        for (String[] line : lines) {
            Optional<String> found = SeededInstitutions.best(line[1], null);
            if (found.isEmpty() || !NameNormaliser.normalise(found.get()).equals(NameNormaliser.normalise(line[0]))) {
                wrong.add(line[1] + " -> " + found.orElse("nothing") + " (filed under " + line[0] + ")");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Aryamehr Technical University, Tehran (pre-revolution) | IR | Sharif University of Technology",
                "National University of Iran (Melli), Evin | IR | Shahid Beheshti University",
                "Imperial Peiyang University, Tientsin (1910s) | CN | Tianjin University",
                "Amoy University, Fukien Province | CN | Xiamen University",
                "Imperial University of Peking (Peiping) | CN | Peking University",
                "Department of Fisheries, Ocean University of Qingdao | CN | Ocean University of China",
                "Physics Department, Qinghua Daxue, Beijing | CN | Tsinghua University",
                "Hunan Medical University, Xiangya School of Medicine | CN | Central South University",
                "Zhongguo Renmin Jiefangjun Junshi Kexueyuan, Beijing | CN | Academy of Military Science",
                "Lujun Junyi Daxue, Chongqing | CN | Army Medical University",
                "第三军医大学新桥医院 | CN | Army Medical University",
                "Naval Aeronautical Engineering Institute, Yantai, Shandong | CN | Naval Aviation University",
                "Second Artillery Command College, Wuhan | CN | Rocket Force Command College",
                "Armed Police Engineering University, Xi'an | CN | Engineering University of the CAPF",
                "Gorky State University, Gorky, USSR | RU | Lobachevsky State University of Nizhny Novgorod",
                "Ural Polytechnic Institute named after S. M. Kirov, Sverdlovsk | RU | Ural Federal University named after B.N. Yeltsin, the First President of Russia",
            })
    void resolvesFormerNamesWrittenInContext(String input, String country, String expected) {
        assertThat(SeededInstitutions.best(input, country)).as(input).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "National Chiao Tung University, Hsinchu | TW",
                "National Tsing Hua University, Hsinchu | TW",
                "National Taiwan Ocean University, Keelung | TW",
                "National Sun Yat-sen University, Kaohsiung | TW",
                "Chiao Tung University, Shanghai | CN",
                "Peiyang Fleet Memorial Hall, Weihai | CN",
                "Yenching University, Peiping | CN",
                "Kazan State University | RU",
            })
    void leavesAmbiguousHistoricalNamesAndOtherBodiesAlone(String input, String country) {
        assertThat(SeededInstitutions.best(input, country)).as(input).isEmpty();
    }

    private static List<String[]> section() throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in =
                FormerAndReorganisedNamesTests.class.getClassLoader().getResourceAsStream("matching/other-names.tsv")) {
            boolean inside = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(SECTION)) {
                    inside = true;
                } else if (line.startsWith("#")) {
                    inside = inside && lines.isEmpty();
                } else if (inside && !line.isBlank()) {
                    lines.add(line.split("\t"));
                }
            }
        }
        return lines;
    }
}
