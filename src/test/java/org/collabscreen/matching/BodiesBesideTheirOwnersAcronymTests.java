package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A body named beside the acronym of the academy or group it belongs to: in the same segment without a comma ("… of
 * Gizmo Physics QAW"), the acronym is spelt out after the unit's name; in a segment after it ("…, QAW"), the body
 * named ranks above the acronym's body when it is listed as its unit, or on its own and found almost whole.
 */
class BodiesBesideTheirOwnersAcronymTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry ACADEMY = institution("Qelbar Academy of Widgets", "CN", null, "QAW");
    private static final InstitutionEntry UNIT =
            institution("Nanwei Institute of Gizmo Physics, Qelbar Academy of Widgets", "CN", ACADEMY.id());
    private static final InstitutionEntry RU_ACADEMY = institution("Volgan Academy of Sciences", "RU", null, "VAS");
    private static final InstitutionEntry OWN_INSTITUTE = institution("Institute of Sprocket Electronics", "RU", null);
    private static final InstitutionEntry GROUP = institution("Zorbel Aviation Group Corporation", "CN", null, "ZAGC");
    private static final InstitutionEntry COMPANY = institution(
            "ZAGC Dongling Aircraft Co., Ltd.", "CN", GROUP.id(), "ZAGC Dongling Aircraft Industrial (Group)");

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(ACADEMY, UNIT, RU_ACADEMY, OWN_INSTITUTE, GROUP, COMPANY));

    private String best(String input) {
        return best(input, "CN");
    }

    private String best(String input, String country) {
        List<NameMatch> found = matcher.match(input, country, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void anAcronymAfterAUnitsNameInOneSegmentIsSpeltOut() {
        assertThat(best("Nanwei Institute of Gizmo Physics QAW, 2019 Jialong Road, Jiading"))
                .isEqualTo(UNIT.id().toString());
        assertThat(TrailingAcronyms.trailing("Institute of Gizmo Physics of QAW"))
                .isEqualTo("QAW");
        assertThat(TrailingAcronyms.spelt("institute of gizmo physics of qaw", "Qelbar Academy of Widgets"))
                .isEqualTo("institute of gizmo physics qelbar academy of widgets");
    }

    @Test
    void onlyAMixedCaseNameOfTwoWordsOrMoreEndsWithItsOwnersAcronym() {
        assertThat(TrailingAcronyms.trailing("QELBAR ACADEMY QAW")).isNull();
        assertThat(TrailingAcronyms.trailing("Institute QAW")).isNull();
        assertThat(TrailingAcronyms.trailing("Institute of Gizmo Physics")).isNull();
    }

    @Test
    void aBodyNamedBeforeItsOwnersAcronymRanksAboveIt() {
        assertThat(best("Popov Institute of Sprocket Electronics, VAS, Moscow", "RU"))
                .isEqualTo(OWN_INSTITUTE.id().toString());
        assertThat(best("Dongling Aircraft Industrial (Group) Co., Ltd., ZAGC"))
                .isEqualTo(COMPANY.id().toString());
    }

    @Test
    void theAcronymAloneIsStillItsBody() {
        assertThat(best("QAW, Beijing")).isEqualTo(ACADEMY.id().toString());
        assertThat(best("Department of Sprocket Studies, QAW"))
                .isEqualTo(ACADEMY.id().toString());
    }
}
