package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A unit the lists name after its parent ("Kestrel Academy of Sciences – Shanghai Institute of Widget Physics") is
 * written by its own name alone in its addresses, when that name carries its city.
 */
class UnitsListedAfterTheirParentsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry KESTREL = institution("Kestrel Academy of Sciences", "CN", null);
    private static final InstitutionEntry SHANGHAI =
            institution("Kestrel Academy of Sciences – Shanghai Institute of Widget Physics", "CN", KESTREL.id());
    private static final InstitutionEntry BRANCH = institution("Kestrel Academy of Sciences, Qilin Branch", "CN", null);
    private static final InstitutionEntry UNLISTED_PARENT =
            institution("Marlow Bureau – Northern Institute of Gadget Studies", "CN", null);

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(KESTREL, SHANGHAI, BRANCH, UNLISTED_PARENT));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, "CN", MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aUnitListedAfterItsParentIsFoundByItsOwnName() {
        assertThat(best("Shanghai Institute of Widget Physics, 865 Long Road, Qilin 200050"))
                .isEqualTo(SHANGHAI.id().toString());
    }

    @Test
    void theOwnNameIsReadOnlyAfterAListedNameAndWhenItIsANameOfItsOwn() {
        UnitsAfterTheirParents units = new UnitsAfterTheirParents(List.of(KESTREL, SHANGHAI, BRANCH, UNLISTED_PARENT));
        assertThat(units.ownName(SHANGHAI.name())).contains("Shanghai Institute of Widget Physics");
        assertThat(units.ownName(BRANCH.name())).isEmpty();
        assertThat(units.ownName("Kestrel Academy of Sciences – Institute of Widget Physics"))
                .isEmpty();
        assertThat(units.ownName(UNLISTED_PARENT.name())).isEmpty();
        assertThat(units.ownName("Kestrel Academy of Sciences – Widget Holdings Co., Ltd."))
                .isEmpty();
    }
}
