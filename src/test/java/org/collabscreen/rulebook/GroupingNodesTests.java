package org.collabscreen.rulebook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that only holds listed units together (no listing of its own or above it, every unit under it listed) is
 * never reported as the match; its listed units still are, and a parent with unlisted units of its own still is.
 */
class GroupingNodesTests {

    private static final Listing LISTING = new Listing("XL", "Example list", true, null, "2026", "as listed", null);

    private static final InstitutionRule ACADEMY =
            rule("Ruritanian Academy of Widgetry", null, List.of("RAW"), List.of());
    private static final InstitutionRule LISTED_INSTITUTE = rule(
            "Kowalski Institute of Widget Physics of the Ruritanian Academy of Widgetry",
            ACADEMY.id(),
            List.of(),
            List.of(LISTING));
    private static final InstitutionRule OTHER_ACADEMY =
            rule("Borduria Academy of Gadgetry", null, List.of("BAG"), List.of());
    private static final InstitutionRule OTHERS_LISTED = rule(
            "Institute of Gadget Optics, Borduria Academy of Gadgetry",
            OTHER_ACADEMY.id(),
            List.of(),
            List.of(LISTING));
    private static final InstitutionRule OTHERS_UNLISTED =
            rule("Zemun Institute of Gadget Chemistry", OTHER_ACADEMY.id(), List.of(), List.of());

    private final RulebookSnapshot rulebook = new RulebookSnapshot(
            1,
            Instant.EPOCH,
            List.of(ACADEMY, LISTED_INSTITUTE, OTHER_ACADEMY, OTHERS_LISTED, OTHERS_UNLISTED),
            List.of(),
            List.of(),
            List.of(),
            new ScoringPolicy(Map.of("MIN_MATCH_CONFIDENCE", 80), Map.of(), List.of(), Map.of()));

    @Test
    void aNodeThatOnlyGroupsListedUnitsIsNeverTheMatch() {
        assertThat(rulebook.resolveInstitution("Ruritanian Academy of Widgetry", "RU"))
                .isEmpty();
        assertThat(rulebook.resolveInstitution("Institute of Widget Acoustics, Ruritanian Academy of Widgetry", "RU"))
                .isEmpty();
        assertThat(rulebook.matchInstitutions("Ruritanian Academy of Widgetry", null, 5))
                .extracting(InstitutionMatch::institution)
                .doesNotContain(ACADEMY);
    }

    @Test
    void itsListedUnitsKeepItAsTheirParentAndStillMatch() {
        assertThat(rulebook.resolveInstitution(
                        "Kowalski Institute of Widget Physics, Ruritanian Academy of Widgetry", "RU"))
                .map(InstitutionMatch::institution)
                .contains(LISTED_INSTITUTE);
        assertThat(LISTED_INSTITUTE.parentId()).isEqualTo(ACADEMY.id());
    }

    @Test
    void aParentWithUnlistedUnitsOfItsOwnIsStillReported() {
        assertThat(rulebook.resolveInstitution("Borduria Academy of Gadgetry", "RU"))
                .map(InstitutionMatch::institution)
                .contains(OTHER_ACADEMY);
    }

    @Test
    void theMatchAfterTheSeedsRussianAcademyIsStillFound() {
        assertThat(SeedRulebook.snapshot().resolveInstitution("RUSS ACAD SCI, LEBEDEV PHYS INST, SAMARA BRANCH", "RU"))
                .map(match -> match.institution().name())
                .contains("P.N. Lebedev Physical Institute of the Russian Academy of Sciences");
        assertThat(SeedRulebook.snapshot()
                        .resolveInstitution("Institute of Widget Acoustics, Russian Academy of Sciences", "RU"))
                .isEmpty();
    }

    private static InstitutionRule rule(String name, UUID parentId, List<String> aliases, List<Listing> listings) {
        return new InstitutionRule(UUID.nameUUIDFromBytes(name.getBytes()), name, "RU", parentId, aliases, listings);
    }
}
