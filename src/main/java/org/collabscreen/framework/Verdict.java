package org.collabscreen.framework;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.collabscreen.vocabulary.RiskLevel;

/**
 * One framework's answer on a proposal, in the framework's own vocabulary.
 *
 * @param edition       the edition applied (in force on the decision date), or null when none was in force
 * @param outcome       an UPPER_SNAKE code of the framework's vocabulary, or INSUFFICIENT_INFORMATION
 * @param outcomeText   the framework's words for the outcome
 * @param level         the outcome mapped to LOW..CRITICAL, for sorting
 * @param reasons       each fact that weighed, with the clause and source it answers to
 * @param missingInputs the facts that could still change the answer; empty when the facts given decide it
 * @param actions       what the institution must do
 */
@Schema(description = "One funder framework's verdict on the proposal, in the framework's own vocabulary")
public record Verdict(
        FrameworkCode framework,

        @Schema(description = "The edition applied: the one in force on the decision date", example = "2024-05")
        String edition,

        @Schema(
                description = "An UPPER_SNAKE code of the framework's vocabulary (GET /api/v1/frameworks), or"
                        + " INSUFFICIENT_INFORMATION",
                example = "NOT_FUNDABLE")
        String outcome,

        @Schema(description = "The framework's words for the outcome")
        String outcomeText,

        @Schema(description = "The outcome mapped to a risk level, for sorting")
        RiskLevel level,

        @Schema(description = "Each fact that weighed, with the clause and source it answers to")
        List<Reason> reasons,

        @Schema(description = "Facts that could still change the answer; empty when the facts given decide it")
        List<MissingInput> missingInputs,

        @Schema(description = "What the institution must do", example = "[\"Collect the STRAC attestation form\"]")
        List<String> actions) {

    public static final String INSUFFICIENT_INFORMATION = "INSUFFICIENT_INFORMATION";

    public Verdict {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        missingInputs = missingInputs == null ? List.of() : List.copyOf(missingInputs);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * One fact that weighed in a verdict.
     *
     * @param field    the input it comes from, as findings name fields (e.g. {@code researchers[0].affiliations[1]})
     * @param evidence the input text
     * @param ruleId   the rulebook rule it matched, as findings name rules (e.g. {@code institution/<id>}), or null
     * @param clause   the clause of the framework it answers to
     * @param source   the address of that clause's source
     */
    @Schema(
            description =
                    "A fact that weighed in a verdict, the finding's field and rule, and the clause it answers to")
    public record Reason(
            @Schema(
                    example =
                            "'Dr. Chen' is affiliated with 'Harbin Institute of Technology' (current since 2020-09-01)")
            String text,

            @Schema(example = "researchers[0].affiliations[1]")
            String field,

            @Schema(example = "Harbin Institute of Technology")
            String evidence,

            @Schema(example = "institution/2f1c8860-0c1e-4b5e-9a55-0d8a1c2b3e4f")
            String ruleId,

            @Schema(
                    example = "STRAC policy: research that aims to advance a sensitive technology research area will"
                            + " not be funded if ...")
            String clause,

            @Schema(example = "https://science.gc.ca/...") String source) {}

    /** A fact the framework needs and the proposal lacks: the request field and why it matters. */
    @Schema(description = "A fact the framework needs and the proposal lacks")
    public record MissingInput(
            @Schema(description = "The request field to fill in", example = "researchers[0].affiliations")
            String field,

            @Schema(description = "Why the framework needs it", example = "all current affiliations of 'Dr. Chen'")
            String why) {}
}
