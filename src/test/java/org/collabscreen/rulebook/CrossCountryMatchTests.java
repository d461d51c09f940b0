package org.collabscreen.rulebook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong declared country does not hide a distinctive name, but an acronym stays gated by the one acronym rule. */
class CrossCountryMatchTests {

    private static final InstitutionRule MIPT = new InstitutionRule(
            UUID.nameUUIDFromBytes("MIPT".getBytes()),
            "Moscow Institute of Physics and Technology",
            "RU",
            null,
            List.of("MIPT", "МФТИ", "VNIIFTRI"),
            List.of());

    private final RulebookSnapshot rulebook = new RulebookSnapshot(
            1,
            Instant.EPOCH,
            List.of(MIPT),
            List.of(),
            List.of(),
            List.of(),
            new ScoringPolicy(Map.of("MIN_MATCH_CONFIDENCE", 85), Map.of(), List.of(), Map.of()));

    @Test
    void reportsADistinctiveNameListedInAnotherCountryAndSaysSo() {
        List<InstitutionMatch> matches =
                rulebook.matchInstitutions("Moscow Institute of Physics and Technology", "CN", 3);

        assertThat(matches).extracting(InstitutionMatch::institution).containsExactly(MIPT);
        assertThat(matches.get(0).transformations()).last().isEqualTo("listed in RU, outside the declared country CN");
    }

    @Test
    void keepsAcronymsGatedByTheDeclaredCountry() {
        assertThat(rulebook.matchInstitutions("MIPT", "CN", 3)).isEmpty();
        assertThat(rulebook.matchInstitutions("МФТИ", "CN", 3)).isEmpty();
        assertThat(rulebook.matchInstitutions("MIPT", "RU", 3))
                .extracting(InstitutionMatch::institution)
                .containsExactly(MIPT);
    }

    @Test
    void treatsALongCapitalisedAliasAsAName() {
        assertThat(rulebook.matchInstitutions("Vniiftri", "RU", 3))
                .extracting(InstitutionMatch::institution)
                .containsExactly(MIPT);
        assertThat(rulebook.matchInstitutions("VNIIFTRI", "CN", 3))
                .extracting(InstitutionMatch::institution)
                .containsExactly(MIPT);
    }
}
