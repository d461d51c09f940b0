package org.collabscreen.matching;

import java.util.List;

/**
 * The words that end the Chinese name of a unit of an institution: a school or college (学院), an institute (研究所,
 * 研究院, or 所 alone in short forms), a laboratory (实验室), a centre (中心), a hospital (医院), a department (系, 部).
 */
final class HanUnits {

    private static final List<String> UNIT_ENDINGS =
            List.of("学院", "研究所", "研究院", "所", "实验室", "中心", "医院", "系", "部", "研究室");

    /** The shortest unit name: one character before its ending ("物理系"). */
    private static final int MIN_LENGTH = 2;

    private HanUnits() {}

    /**
     * Whether a listed institution's Han name, written after a university's (大学), is that university's school: a
     * 学院 after a university is one of its schools, even when another institution bears the same name on its own
     * ("…大学国际关系学院" is the university's school of international relations, not the institute of that name).
     */
    static boolean isSchoolOfUniversity(String university, String unit) {
        return university.endsWith("大学") && unit.endsWith("学院") && unit.length() > 2;
    }

    /** Whether the normalised Han text is the name of a unit: it ends with a unit word and names something before it. */
    static boolean isUnitName(String han) {
        if (han.length() < MIN_LENGTH) {
            return false;
        }
        for (String ending : UNIT_ENDINGS) {
            if (han.endsWith(ending) && han.length() > ending.length()) {
                return true;
            }
        }
        return false;
    }
}
