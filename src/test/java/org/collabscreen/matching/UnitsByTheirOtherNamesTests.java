package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Listed units and laboratories by the other names writers give them: a Chinese key laboratory by any word for its
 * kind, a unit after another of its parent's Han names, a laboratory beside a host whose listed name is misspelt, and a
 * Russian institute by the other English rendering of its words.
 */
class UnitsByTheirOtherNamesTests {

    @Test
    void aKeyLaboratoryIsKnownByEachWordForItsKindAndNotByAnotherKinds() {
        assertThat(HanKeyLaboratoryKinds.otherKinds("小部件探测国防科技重点实验室")).containsExactly("小部件探测国家级重点实验室", "小部件探测国防重点实验室");
        assertThat(HanKeyLaboratoryKinds.otherKinds("小部件探测国家重点实验室")).containsExactly("小部件探测全国重点实验室");
        assertThat(HanKeyLaboratoryKinds.otherKinds("小部件探测全国重点实验室")).containsExactly("小部件探测国家重点实验室");
        assertThat(HanKeyLaboratoryKinds.otherKinds("小部件探测重点实验室")).isEmpty();
        assertThat(HanKeyLaboratoryKinds.otherKinds("国家重点实验室")).isEmpty();
        assertThat(HanKeyLaboratoryKinds.otherKinds("小部件研究所")).isEmpty();
    }

    @Test
    void everyListedDefenceLaboratoryIsFoundBesideItsHostByAnyWordForItsKind() {
        assertThat(SeededInstitutions.best("中北大学 电子测试技术全国重点实验室", "CN"))
                .contains(
                        "Defense S&T Key Laboratory of Electronic Measurement Technology at North University of China");
        assertThat(SeededInstitutions.best("华中科技大学多谱信息处理技术国防重点实验室", "CN"))
                .contains("Defense S&T Key Laboratory of Multi-spectral Information Processing Technology at Huazhong"
                        + " University of S&T");
        assertThat(SeededInstitutions.best("天线与微波技术国家级重点实验室，西安电子科技大学", "CN"))
                .contains("Defense S&T Key Laboratory of Antennas and Microwave Technology at Xidian University");
    }

    @Test
    void aLaboratoryRanksAboveAHostWhoseListedNameIsMisspelt() {
        assertThat(SeededInstitutions.best("长春理工大学，高功率半导体激光全国重点实验室", "CN"))
                .contains("Defense S&T Key Laboratory of High-Power Semiconductor Lasers at Changchun University of"
                        + " Science and Technology");
    }

    @Test
    void aUnitIsKnownAfterEachOtherHanNameOfItsParent() {
        InstitutionEntry parent = institution("Widget Academy", "CN", null, "小部件学院", "小部件研究院");
        List<String> others = List.of("国家小部件院小部件研究院", "小部件检测中心");

        assertThat(UnitsAfterAnotherParentName.of(
                        List.of("Widget Academy, Institute of Gears", "小部件学院齿轮研究所"), parent, others))
                .containsExactlyInAnyOrder("小部件研究院齿轮研究所", "国家小部件院小部件研究院齿轮研究所");
        assertThat(UnitsAfterAnotherParentName.of(List.of("齿轮研究所"), parent, others))
                .isEmpty();
        assertThat(UnitsAfterAnotherParentName.of(List.of("小部件学院齿轮研究所"), null, others))
                .isEmpty();
    }

    @Test
    void everyListedInstituteOfTheMilitaryMedicalAcademyIsFoundAfterItsNewParentsName() {
        assertThat(SeededInstitutions.best("军事科学院军事医学研究院疾病预防控制研究所", "CN"))
                .contains("Academy of Military Medical Sciences, Institute of Disease Control and Prevention");
        assertThat(SeededInstitutions.best("军事医学研究院野战输血研究所", "CN"))
                .contains("Academy of Military Medical Sciences, Field Blood Transfusion Institution");
    }

    @Test
    void aRussianInstituteIsKnownByTheOtherRenderingOfItsWords() {
        assertThat(RussianInstituteRenderings.of("Central Scientific Research Institute of Widget Machine Building"))
                .containsExactly(
                        "Central Research Institute of Widget Machine Building",
                        "Central Scientific Research Institute of Widget Mechanical Engineering",
                        "Central Research Institute of Widget Mechanical Engineering");
        assertThat(RussianInstituteRenderings.of("Research Institute of Radio Engineering Widgets"))
                .containsExactly(
                        "Scientific Research Institute of Radio Engineering Widgets",
                        "Research Institute of Radio-Technical Widgets",
                        "Scientific Research Institute of Radio-Technical Widgets");
        assertThat(RussianInstituteRenderings.of("Institute of Widget Physics")).isEmpty();
        assertThat(SegmentReadings.numberedWithoutCentral("12th central research and widget institute"))
                .isEqualTo("12th research and widget institute");
    }

    @Test
    void listedRussianInstitutesAreFoundByTheOtherRendering() {
        assertThat(SeededInstitutions.best(
                        "All-Russian Scientific Research Institute of Physical, Technical and Radio-Technical"
                                + " Measurements",
                        "RU"))
                .contains("Federal State Unitary Enterprise All-Russian Research Institute of Physical, Technical and"
                        + " Radio Engineering Measurements");
        assertThat(SeededInstitutions.best("33rd Central Research and Testing Institute, Volsk", "RU"))
                .contains("33rd Scientific Research and Testing Institute");
    }

    @Test
    void theKurchatovCentresInstitutesAreFoundByTheirOwnNamesAndEponyms() {
        assertThat(SeededInstitutions.best(
                        "Petersburg Nuclear Physics Institute named by B.P. Konstantinov of NRC Kurchatov Institute",
                        "RU"))
                .contains("National Research Centre “Kurchatov Institute”");
        assertThat(SeededInstitutions.best(
                        "Alikhanov Institute for Theoretical and Experimental Physics, Moscow", "RU"))
                .contains("National Research Centre “Kurchatov Institute”");
        assertThat(Eponyms.withoutEponym("institute of widgets named by a a kowalski"))
                .isEqualTo("institute of widgets");
    }
}
