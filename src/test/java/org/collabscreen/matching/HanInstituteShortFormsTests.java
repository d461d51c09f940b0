package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Chinese writes an institute of an academy after the academy's short name, in the short form "…所", which leaves out
 * 研究 and, after the field, the generic words 技术 (technology) or 工程 (engineering): 中科院计算所 is the Academy's
 * 计算技术研究所.
 */
class HanInstituteShortFormsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry ACADEMY =
            institution("Qelbar Academy of Sciences", "CN", null, "柯尔巴科学院", "柯科院");
    private static final InstitutionEntry COMPUTING = institution(
            "Qelbar Academy of Sciences Institute of Widget Computing Technology", "CN", ACADEMY.id(), "部件计算技术研究所");
    private static final InstitutionEntry PROCESS = institution(
            "Qelbar Academy of Sciences Institute of Widget Process Engineering", "CN", ACADEMY.id(), "部件过程工程研究所");
    private static final InstitutionEntry OTHER_COMPUTING =
            institution("Gizmo Institute of Widget Computing Technology", "CN", null, "小工具部件计算技术研究所");

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(ACADEMY, COMPUTING, PROCESS, OTHER_COMPUTING));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, "CN", MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void theShortFormLeavesOutTechnologyOrEngineering() {
        assertThat(best("柯科院部件计算所")).isEqualTo(COMPUTING.id().toString());
        assertThat(best("柯科院部件过程所")).isEqualTo(PROCESS.id().toString());
    }

    @Test
    void onlyTheNamedAcademysOwnInstituteIsRead() {
        assertThat(best("柯科院部件化学所")).isEqualTo(ACADEMY.id().toString());
    }
}
