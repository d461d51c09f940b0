package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit of a listed group or academy that the lists do not name (an academy of CASC, a numbered institute of CETC or
 * CSIC written with its group's name, a company of CCCC, an institute of CAS; {@code matching/group-units.tsv}) resolves to the listed group; a unit
 * that is listed itself stays itself, and names that only look like a unit's resolve to no group.
 */
class UnitsOfListedGroupsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "China Academy of Launch Vehicle Technology (CALT), Beijing 100076 | CN | China Aerospace Science and Technology Corporation",
                "Shanghai Academy of Spaceflight Technology, Shanghai | CN | China Aerospace Science and Technology Corporation",
                "北京控制工程研究所 | CN | China Aerospace Science and Technology Corporation",
                "Beijing Institute of Environmental Features, Beijing | CN | China Aerospace Science and Industry Corporation",
                "河北半导体研究所，石家庄 | CN | China Electronics Technology Group Corporation",
                "中国电科38所，合肥 | CN | China Electronics Technology Group Corporation",
                "中航工业 第一飞机设计研究院 | CN | Aviation Industry Corporation of China",
                "Chinese Flight Test Establishment, Xi'an | CN | Aviation Industry Corporation of China",
                "中国航发四川燃气涡轮研究院，绵阳 | CN | Aero Engine Corporation of China",
                "Xi'an Institute of Applied Optics | CN | China North Industries Group",
                "中国船舶重工集团公司第七二五研究所，洛阳 | CN | China Shipbuilding Industry Corporation",
                "中国船舶集团有限公司第七二五研究所，洛阳 | CN | China State Shipbuilding Corporation",
                "Marine Design and Research Institute of China, Shanghai | CN | China State Shipbuilding Corporation",
                "Nuclear Power Institute of China, Chengdu | CN | China National Nuclear Corporation",
                "中广核研究院有限公司，深圳 | CN | China General Nuclear Power Corporation",
                "Shanghai Zhenhua Heavy Industries Co., Ltd., Shanghai | CN | China Communications Construction Company Limited",
                "Shanghai Institute of Technical Physics, Shanghai | CN | Chinese Academy of Sciences",
            })
    void resolvesAUnitToItsListedGroup(String input, String country, String group) {
        assertThat(SeededInstitutions.best(input, country)).contains(group);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nanjing Research Institute of Electronics Technology, Nanjing | CN | 14th Research Institute of CETC",
                "CETC 14th Research Institute, Nanjing | CN | 14th Research Institute of CETC",
                "CCCC First Harbor Engineering Bureau Co. Ltd. | CN | CCCC First Harbor Engineering Bureau Co. Ltd.",
                "ZPMC North America Inc | US | ZPMC North America, Inc.",
                "Dalian Institute of Chemical Physics, Dalian | CN | Dalian Institute of Chemical Physics",
            })
    void aListedUnitStaysItself(String input, String country, String expected) {
        assertThat(SeededInstitutions.best(input, country)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Institute of Applied Optics, Jena | DE",
                "Shanghai Institute of Satellite Navigation Research, Shanghai | CN",
                "Nanjing Marine Biology Institute | CN",
                "Institute of Process Engineering, ETH Zurich | CH",
            })
    void aNameThatOnlyLooksLikeAUnitResolvesToNoGroup(String input, String country) {
        assertThat(SeededInstitutions.best(input, country)).as(input).isEmpty();
    }
}
