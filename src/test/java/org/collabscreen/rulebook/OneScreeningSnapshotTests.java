package org.collabscreen.rulebook;

import java.util.List;

import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot's view for one screening answers as the shared snapshot, computing each look-up once for it alone. */
class OneScreeningSnapshotTests {

    private static final RulebookSnapshot SHARED = SeedRulebook.withFrameworks();
    private static final List<String[]> NAMES = List.of(
            new String[] {"Harbin Institute of Technology", "CN"},
            new String[] {"Beihang University", null},
            new String[] {"Xibei Gongye Daxue", "CN"},
            new String[] {"Institute of Physics, Czech Academy of Sciences", "CZ"},
            new String[] {"Universidad de Sevilla", "ES"});
    private static final List<String> TEXTS = List.of(
            "Semiconductor lithography",
            "半导体材料",
            "Autonomous underwater vehicles for hydrographic survey",
            "Digitisation of medieval manuscripts",
            "Recruited under the Thousand Talents Plan");

    @Test
    void answersEveryLookupExactlyAsTheSharedSnapshot() {
        RulebookSnapshot view = SHARED.forOneScreening();

        assertThat(view.revision()).isEqualTo(SHARED.revision());
        for (String[] name : NAMES) {
            assertThat(view.matchInstitutions(name[0], name[1], 3))
                    .isEqualTo(SHARED.matchInstitutions(name[0], name[1], 3));
            assertThat(view.resolveInstitution(name[0], name[1]))
                    .isEqualTo(SHARED.resolveInstitution(name[0], name[1]));
        }
        for (String text : TEXTS) {
            assertThat(view.classify(text)).isEqualTo(SHARED.classify(text));
            assertThat(view.findProgrammesIn(text)).isEqualTo(SHARED.findProgrammesIn(text));
            assertThat(view.matchProgrammes(text, 2)).isEqualTo(SHARED.matchProgrammes(text, 2));
        }
        assertThat(SHARED.classify("Semiconductor lithography")).isNotEmpty();
        assertThat(SHARED.resolveInstitution("Harbin Institute of Technology", "CN"))
                .isPresent();
    }

    @Test
    void computesEachLookupOnceForItsOwnScreeningOnly() {
        RulebookSnapshot view = SHARED.forOneScreening();
        RulebookSnapshot otherScreening = SHARED.forOneScreening();
        String text = "Semiconductor lithography";

        assertThat(view.classify(text)).isSameAs(view.classify(text));
        assertThat(view.matchInstitutions("Beihang University", "CN", 1))
                .isSameAs(view.matchInstitutions("Beihang University", "CN", 1))
                .isNotSameAs(view.matchInstitutions("Beihang University", null, 1))
                .isNotSameAs(view.matchInstitutions("Beihang University", "CN", 2));
        assertThat(view.findProgrammesIn("Thousand Talents Plan"))
                .isSameAs(view.findProgrammesIn("Thousand Talents Plan"));
        assertThat(otherScreening.classify(text)).isNotSameAs(view.classify(text));
        assertThat(SHARED.classify(text)).isNotSameAs(SHARED.classify(text));
    }
}
