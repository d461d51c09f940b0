package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Names of defence bodies: a PLA or CAPF owner written after the body read in the lists' order, a PLA 学院 as a College,
 * an Institute or an Academy, the Russian MoD written short and "MO RF" as the ministry that supervises an institute,
 * a listed name without the Soviet orders it bears, and a defence key laboratory's own English name.
 */
class DefenceInstitutionNamesTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry ARMY_ACADEMY = institution("Army Widget Academy", "CN", null);
    private static final InstitutionEntry POLICE_UNIVERSITY =
            institution("Engineering Widget University of the CAPF", "CN", null);
    private static final InstitutionEntry AIR_FORCE_ACADEMY = institution("Air Force Early Widget Academy", "CN", null);
    private static final InstitutionEntry PLA_COLLEGE =
            institution("Army Widget Engineering College", "CN", null, "中国人民解放军陆军微件工程学院");
    private static final InstitutionEntry CIVILIAN_COLLEGE =
            institution("College of Widget Relations", "CN", null, "微件关系学院");
    private static final InstitutionEntry RUSSIAN_INSTITUTE =
            institution("27th Central Scientific Research Widget Institute", "RU", null);
    private static final InstitutionEntry THIRTIETH =
            institution("30th Central Widget Research Institute", "RU", null, "30th TsWNII");
    private static final InstitutionEntry TWENTIETH =
            institution("20th Central Widget Research Institute", "RU", null, "20 TsWNII", "30 TsWNII");
    private static final InstitutionEntry ORDERED = institution(
            "Moscow Order of the Red Banner of Labor Widget Research Institute JSC",
            "RU",
            null,
            "Московский ордена Ленина институт виджетов");
    private static final InstitutionEntry KEY_LABORATORY =
            institution("Key Laboratory of Widget Signal Engineering", "CN", null);

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(
            ARMY_ACADEMY,
            POLICE_UNIVERSITY,
            AIR_FORCE_ACADEMY,
            PLA_COLLEGE,
            CIVILIAN_COLLEGE,
            RUSSIAN_INSTITUTE,
            THIRTIETH,
            TWENTIETH,
            ORDERED,
            KEY_LABORATORY));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aPlaOrCapfOwnerAfterTheBodyIsReadInTheListsOrder() {
        assertThat(best("Army Widget Academy of PLA, Chongqing 400000"))
                .isEqualTo(ARMY_ACADEMY.id().toString());
        assertThat(best("Early Widget Academy of the PLA Air Force, Wuhan 430000"))
                .isEqualTo(AIR_FORCE_ACADEMY.id().toString());
        assertThat(best("Early Widget Academy of PLAAF"))
                .isEqualTo(AIR_FORCE_ACADEMY.id().toString());
        assertThat(best("Engineering Widget University of People's Armed Police, Xi'an 710000"))
                .isEqualTo(POLICE_UNIVERSITY.id().toString());
    }

    @Test
    void aPlaCollegeIsAlsoNamedAnInstituteOrAnAcademy() {
        assertThat(best("Army Widget Engineering Institute, Beijing"))
                .isEqualTo(PLA_COLLEGE.id().toString());
        assertThat(best("Army Widget Engineering Academy"))
                .isEqualTo(PLA_COLLEGE.id().toString());
        assertThat(best("Institute of Widget Relations, Lakeside University")).isNull();
        assertThat(CollegeRenderings.of(List.of("Chinese Academy of Widgets", "中国微件科学院")))
                .isEmpty();
    }

    @Test
    void theRussianModWrittenShortIsNoPartOfTheName() {
        assertThat(best("27th Central Research Widget Institute of the Russian MoD"))
                .isEqualTo(RUSSIAN_INSTITUTE.id().toString());
        assertThat(best("27th Central Research Widget Institute of the MoD of Russia"))
                .isEqualTo(RUSSIAN_INSTITUTE.id().toString());
        assertThat(best("28th Central Research Widget Institute of the Russian MoD"))
                .isNull();
    }

    @Test
    void moRfAfterARussianInstituteIsItsSupervisingMinistry() {
        assertThat(best("30 TsWNII MO RF, Moscow")).isEqualTo(THIRTIETH.id().toString());
        assertThat(InstitutionVocabulary.INSTANCE.rewrite("30 tswnii mo rf")).isEqualTo("30 tswnii");
        assertThat(InstitutionVocabulary.INSTANCE.rewrite("qelbar mo rfid laboratory"))
                .contains("mo rfid");
    }

    @Test
    void aListedNameIsAlsoKnownWithoutTheSovietOrdersItBears() {
        assertThat(best("Moscow Widget Research Institute, Moscow"))
                .isEqualTo(ORDERED.id().toString());
        assertThat(best("Московский институт виджетов")).isEqualTo(ORDERED.id().toString());
        assertThat(best("Moscow Gadget Research Institute, Moscow")).isNull();
        assertThat(SovietOrders.withoutOrders("Twice Order of Lenin Widget Institute"))
                .hasValue("Widget Institute");
        assertThat(SovietOrders.withoutOrders("Order of Widgets Institute")).isEmpty();
    }

    @Test
    void aDefenceKeyLaboratorysOwnEnglishNameReadsInTheListsForm() {
        assertThat(best("Science and Technology on Widget Signal Engineering Laboratory, Nanjing"))
                .isEqualTo(KEY_LABORATORY.id().toString());
        assertThat(best("National Key Laboratory of Science and Technology on Widget Signal Engineering"))
                .isEqualTo(KEY_LABORATORY.id().toString());
        assertThat(best("Science and Technology on Widget Plasma Laboratory")).isNull();
        assertThat(DefenceKeyLaboratories.asKeyLaboratory("science and technology on campus"))
                .isNull();
    }
}
