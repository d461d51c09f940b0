package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.RulebookSnapshot;

/** The frameworks as the rulebook holds them at one revision: each with its editions, vocabulary, inputs and sources. */
@Schema(description = "Every framework CollabScreen gives verdicts for, with its editions as the rulebook holds them")
record FrameworkCatalogue(
        @Schema(description = "The rulebook revision these editions are read from", example = "2")
        int rulebookRevision,

        List<Framework> frameworks) {

    static FrameworkCatalogue of(RulebookSnapshot rulebook, LocalDate today) {
        List<Framework> frameworks = new ArrayList<>();
        for (FrameworkCode code : FrameworkCode.values()) {
            List<FrameworkEditionRule> editions = rulebook.frameworkEditions().stream()
                    .filter(edition -> edition.framework().equals(code.name()))
                    .toList();
            frameworks.add(new Framework(
                    code,
                    editions.isEmpty()
                            ? null
                            : editions.get(editions.size() - 1).name(),
                    rulebook.frameworkEdition(code.name(), today)
                            .map(FrameworkEditionRule::edition)
                            .orElse(null),
                    editions));
        }
        return new FrameworkCatalogue(rulebook.revision(), frameworks);
    }

    /**
     * One framework and its editions, oldest first.
     *
     * @param inForceToday the edition in force today, which a proposal without decisionDate is judged under
     */
    @Schema(description = "A framework with its editions, oldest first")
    record Framework(
            FrameworkCode code,

            @Schema(description = "The latest edition's name")
            String name,

            @Schema(description = "The edition a proposal without decisionDate is judged under", example = "2024-05")
            String inForceToday,

            List<FrameworkEditionRule> editions) {}
}
