package org.collabscreen.matching;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed Chinese groups and companies as procurement, supplier and patent records write them: a group's institute by
 * its own name resolves to the group (to the group the record writes beside it, when that is another listed group), a
 * listed subsidiary named in full to itself rather than its group, a company's
 * A-share short name with its code to the company, and a listed company's brand before its product line to the company.
 */
class ConglomerateUnitsStockNamesAndProductLinesTests {

    private static final List<String> BRANDS = List.of("Sugon", "Inspur", "Quectel", "Unitree", "Hikvision", "DJI");
    private static final List<String> PRODUCTS =
            List.of("servers", "5G module", "X7 robot", "camera, Hangzhou", "gateway", "storage");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Test report, Jiangsu Automation Research Institute, Lianyungang | CN | China State Shipbuilding Corporation",
                "中国舰船研究设计中心 武汉 | CN | China State Shipbuilding Corporation",
                "Luoyang Ship Material Research Institute (LSMRI) | CN | China State Shipbuilding Corporation",
                "上海船用柴油机研究所 | CN | China State Shipbuilding Corporation",
                "Beijing Institute of Astronautical Systems Engineering, Beijing 100076 | CN | China Aerospace Science and Technology Corporation",
                "西安微电子技术研究所 | CN | China Aerospace Science and Technology Corporation",
                "天津津航技术物理研究所 | CN | China Aerospace Science and Industry Corporation",
                "Beijing Aerospace Changfeng Co., Ltd. | CN | China Aerospace Science and Industry Corporation",
                "中国特种飞行器研究所，荆门 | CN | Aviation Industry Corporation of China",
                "核工业理化工程研究院，天津 | CN | China National Nuclear Corporation",
            })
    void anInstituteOrCompanyOfAGroupByItsOwnNameResolvesToTheGroup(String input, String country, String group) {
        assertThat(SeededInstitutions.best(input, country)).as(input).contains(group);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "中国船舶贸易有限公司（北京） | CN | China Shipbuilding Trading Co., Ltd.",
                "CETC Academy of Electronics and Information Technology, Beijing | CN | China Academy of Electronics and Information Technology",
                "AVIC 601 Institute, Shenyang | CN | Shenyang Aircraft Design Institute",
                "深圳市大疆百旺科技有限公司 | CN | Shenzhen Dajiang Baiwang Technology Co., Ltd.",
            })
    void aListedSubsidiaryNamedInFullWinsOverItsGroup(String input, String country, String expected) {
        assertThat(SeededInstitutions.best(input, country)).as(input).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "中国卫星（600118） | CN | China SpaceSat Co., Ltd.",
                "航天发展 000547 | CN | Addsino Co., Ltd.",
                "浪潮信息 000977 | CN | Inspur Group Co., Ltd.",
                "中航沈飞 600760 | CN | AVIC Shenyang Aircraft Company Limited",
            })
    void aStockShortNameWithItsCodeNamesTheCompany(String input, String country, String expected) {
        assertThat(SeededInstitutions.best(input, country)).as(input).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Shanghai Marine Diesel Engine Research Institute, CSIC | CN | China Shipbuilding Industry Corporation",
                "CSIC Tianjin Navigation Instruments Research Institute | CN | China Shipbuilding Industry Corporation",
                "中船重工 江苏自动化研究所 | CN | China Shipbuilding Industry Corporation",
            })
    void aGroupWrittenBesideAUnitWinsOverTheGroupItsOwnNameIsFiledUnder(String input, String country, String group) {
        assertThat(SeededInstitutions.best(input, country)).as(input).contains(group);
    }

    static Stream<Arguments> brandsBeforeProducts() {
        return BRANDS.stream().flatMap(brand -> PRODUCTS.stream().map(product -> Arguments.of(brand, product)));
    }

    @ParameterizedTest
    @MethodSource("brandsBeforeProducts")
    void aListedBrandBeforeItsProductLineNamesTheCompany(String brand, String product) {
        String input = brand + " " + product;
        assertThat(SeededInstitutions.best(brand, "CN")).as(brand).isPresent();
        assertThat(SeededInstitutions.best(input, "CN")).as(input).isEqualTo(SeededInstitutions.best(brand, "CN"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Acme servers, Tianjin | CN",
                "Lenovo servers, Beijing | CN",
                "Sugar cameras | CN",
                "Pelican module 3 | CN",
                "中国卫星通信集团有限公司 | CN",
                "中国卫星导航系统管理办公室 | CN",
                "中国软件行业协会 | CN",
                "中国卫星 | CN",
                "中国长城 | CN",
                "中国卫星 600119 | CN",
            })
    void anUnlistedCompanyOrAnOrdinaryProductWordNamesNoListedEntry(String input, String country) {
        assertThat(SeededInstitutions.best(input, country)).as(input).isEmpty();
    }

    @Test
    void productLinesReadABrandOnlyBeforeProductWordsModelsAndPlaces() {
        assertThat(ProductLines.brandOf("acme eg25 g module shanghai")).isEqualTo("acme");
        assertThat(ProductLines.brandOf("acme g1 humanoid")).isEqualTo("acme");
        assertThat(ProductLines.brandOf("acme shanghai")).isNull();
        assertThat(ProductLines.brandOf("acme research servers")).isNull();
        assertThat(ProductLines.brandOf("servers")).isNull();
    }
}
