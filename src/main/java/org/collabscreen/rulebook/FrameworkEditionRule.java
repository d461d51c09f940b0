package org.collabscreen.rulebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.collabscreen.vocabulary.RiskLevel;

/**
 * One edition of a funder's research-security framework, as rulebook content: from when it applies, its outcome
 * vocabulary, the inputs it needs, the clauses and sources its verdicts cite, the list editions it reads, and the
 * parameters of its rule (look-back windows, covered lists, country lists, keyword lists).
 *
 * @param framework     the framework's code, e.g. {@code CA_STRAC}
 * @param edition       the edition's label, e.g. {@code 2024-05}
 * @param effectiveFrom the first decision date this edition applies to; the latest edition effective on a proposal's
 *                      decision date is the one in force
 * @param status        {@code IN_FORCE}, or {@code DRAFT} for a bill not yet law (applied as published, and said so)
 * @param listEditions  when each edition of a list the rule reads was published, so memberships are read as of the
 *                      decision date
 * @param lists         named lists of codes the rule reads, e.g. {@code countriesOfConcern}
 * @param numbers       named numbers the rule reads, e.g. {@code lookBackYears}
 * @param straAreas     Canada's Sensitive Technology Research Areas (only CA_STRAC editions have them)
 */
@Schema(
        name = "FrameworkEdition",
        description = "One edition of a funder framework: effective date, outcome vocabulary (strictest first),"
                + " required inputs, citable clauses, sources and rule parameters")
public record FrameworkEditionRule(
        @Schema(example = "CA_STRAC") String framework,

        @Schema(example = "Policy on Sensitive Technology Research and Affiliations of Concern (STRAC)")
        String name,

        @Schema(example = "2024-05") String edition,
        @Schema(example = "2024-05-01") LocalDate effectiveFrom,

        @Schema(description = "IN_FORCE, or DRAFT for a bill not yet law", example = "IN_FORCE")
        String status,

        List<Outcome> outcomes,
        List<Input> requiredInputs,
        List<Clause> clauses,
        List<RuleSource> sources,
        List<ListEdition> listEditions,
        Map<String, List<String>> lists,
        Map<String, Integer> numbers,
        List<SensitiveArea> straAreas,
        String notes) {

    public FrameworkEditionRule {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        requiredInputs = requiredInputs == null ? List.of() : List.copyOf(requiredInputs);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        sources = sources == null ? List.of() : List.copyOf(sources);
        listEditions = listEditions == null ? List.of() : List.copyOf(listEditions);
        lists = lists == null ? Map.of() : Map.copyOf(lists);
        numbers = numbers == null ? Map.of() : Map.copyOf(numbers);
        straAreas = straAreas == null ? List.of() : List.copyOf(straAreas);
    }

    /** The rule key of an edition: framework and edition label. */
    public String key() {
        return framework + "_" + edition;
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    /** A list the rule reads, empty when the edition does not name it. */
    public List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** A number the rule reads, or null when the edition does not set it. */
    public Integer number(String name) {
        return numbers.get(name);
    }

    /** One outcome of the framework's vocabulary: its code, the framework's words, a level for sorting, and what to do. */
    @Schema(name = "FrameworkOutcome", description = "An outcome of a framework's vocabulary")
    public record Outcome(
            @Schema(example = "NOT_FUNDABLE") String code,
            @Schema(example = "Will not be funded: ...") String text,
            RiskLevel level,

            @Schema(example = "[\"Do not submit as it stands\"]")
            List<String> actions) {

        public Outcome {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /** An input the framework needs, by request field, and why. */
    @Schema(name = "FrameworkInput", description = "An input a framework needs")
    public record Input(
            @Schema(example = "researchers[].affiliations") String field,

            @Schema(example = "all current affiliations are checked")
            String why) {}

    /** A clause a verdict's reason cites: its id in this edition, the clause as the source numbers it, and where. */
    @Schema(name = "FrameworkClause", description = "A clause verdicts cite")
    public record Clause(
            @Schema(example = "POLICY") String id,

            @Schema(example = "STRAC policy: research that aims to advance ...")
            String clause,

            @Schema(example = "https://science.gc.ca/...") String url) {}

    /** One published edition of a list, e.g. DOD_1286 FY25 published 2026-07-01. */
    @Schema(description = "When an edition of a list was published")
    public record ListEdition(
            @Schema(example = "DOD_1286") String listCode,
            @Schema(example = "FY25") String edition,
            @Schema(example = "2026-07-01") LocalDate published) {}

    /** A sensitive research area (sub-category) with the keywords that identify it in a research description. */
    @Schema(description = "A sensitive research area (Canada's STRA sub-categories)")
    public record SensitiveArea(
            @Schema(example = "propulsion-technologies") String id,
            @Schema(example = "Propulsion Technologies") String name,

            @Schema(example = "Aerospace, Space and Satellite Technology")
            String category,

            @Schema(example = "[\"propulsion\", \"rocket propulsion\"]")
            List<String> keywords) {

        public SensitiveArea {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }
    }
}
