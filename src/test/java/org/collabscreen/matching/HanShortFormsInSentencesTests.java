package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chinese short forms of listed universities and institutes, and their full names, in running text: before 与, 和,
 * 與 or 同 and the writer's own body (我校, 本校, 我所, 我院, 我公司, 贵校), before a unit after a space, and inside English
 * and German sentences ({@link HanNamesBeforeTheirPartners}), and an acronym after the Han name it glosses before a Han
 * unit ("电科院 CAEIT — 联合实验室", {@link AcronymsInContext}). Each text must resolve to what the name alone resolves
 * to; the short forms that are Taiwan's or several universities' (交大, 清大, 中大, 成大, 台大) resolve to nothing.
 */
class HanShortFormsInSentencesTests {

    private static final RulebookSnapshot RULEBOOK = SeedRulebook.snapshot();

    private static final List<String> NAMES = List.of(
            "北航", "北理工", "哈工大", "哈工程", "西工大", "西电", "西電", "北邮", "北郵", "南理工", "国防科大", "國防科大", "中科大", "西交大", "浙大", "苏大",
            "蘇大", "川大", "电子科大", "成电", "华科", "華科", "航天工程大学", "哈尔滨工业大学", "中科院计算所");

    private static final List<String> AMBIGUOUS = List.of("交大", "清大", "中大", "成大", "台大");

    private static final List<String> FRAMES = List.of(
            "{S}与我校签订研究生联合培养协议",
            "{S}和本校共建智能感知联合实验室",
            "{S}與本校簽訂學術交流協議，將互派研究生",
            "{S}与我所签署卫星导航联合研究协议",
            "{S}同我院开展材料合作研究",
            "{S}与我公司共建芯片设计研究中心",
            "{S} 材料科学与工程学院",
            "Prof. Li from {S} visited our lab last week",
            "Frau Wang vom {S} hat uns besucht und einen Vortrag gehalten");

    @Test
    void shortFormsAndNamesInSentencesResolveAsTheyDoAlone() {
        List<String> missed = new ArrayList<>();
        for (String name : NAMES) {
            Optional<String> alone = resolved(name);
            assertThat(alone).as(name).isPresent();
            for (String frame : FRAMES) {
                String text = frame.replace("{S}", name);
                if (!resolved(text).equals(alone)) {
                    missed.add(text + " -> " + resolved(text).orElse("nothing"));
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void ambiguousShortFormsResolveToNothing() {
        for (String name : AMBIGUOUS) {
            for (String frame : FRAMES) {
                assertThat(resolved(frame.replace("{S}", name))).as(frame).isEmpty();
            }
        }
    }

    @Test
    void theNameIsWhatStandsBeforeTheWritersOwnBody() {
        assertThat(HanNamesBeforeTheirPartners.of("东方器件研究院与我所签署协议")).containsExactly("东方器件研究院");
        assertThat(HanNamesBeforeTheirPartners.of("Visit of 东方器件研究院 next week")).containsExactly("东方器件研究院");
        assertThat(HanNamesBeforeTheirPartners.of("东方器件研究院与南方大学签署协议")).isEmpty();
    }

    @Test
    void anAcronymAfterTheHanNameItGlossesIsReadBeforeAHanUnit() {
        assertThat(AcronymsInContext.of(
                        List.of("东器院 EDRI", "联合实验室"),
                        List.of(NameNormaliser.normalise("东器院 EDRI"), NameNormaliser.normalise("联合实验室"))))
                .containsExactly("EDRI");
        assertThat(AcronymsInContext.of(List.of("东器院 EDRI", "上海"), List.of(NameNormaliser.normalise("东器院 EDRI"), "上海")))
                .isEmpty();
    }

    private static Optional<String> resolved(String text) {
        return RULEBOOK.resolveInstitution(text, null)
                .map(InstitutionMatch::institution)
                .map(institution -> institution.name());
    }
}
