package org.collabscreen.rulebook;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.collabscreen.vocabulary.CombinationFactor;
import org.collabscreen.vocabulary.CombinationScope;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.CountryCode;
import org.collabscreen.web.HttpUrl;

/** Request bodies of the rulebook editing API. */
final class RuleRequests {

    static final String CODE = "[A-Z0-9][A-Z0-9_.-]{0,63}";

    private RuleRequests() {}

    record SourceRequest(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 2000) @HttpUrl String url,
            @Size(max = 100) String date) {

        RuleSource toSource() {
            return new RuleSource(name.strip(), url, date);
        }
    }

    record ListingRequest(
            @NotBlank @Size(max = 64) String listCode,
            boolean current,
            @Pattern(regexp = "VERY_HIGH|HIGH|MEDIUM|LOW") String rating,
            @Size(max = 200) String editions,
            @NotBlank @Size(max = 300) String nameAsListed,
            @NotNull @Valid SourceRequest source) {}

    record InstitutionRequest(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 100) List<@NotBlank @Size(max = 300) String> aliases,
            @CountryCode String country,
            UUID parentId,
            @Size(max = 20) List<@NotNull @Valid ListingRequest> listings) {

        List<String> aliasesOrEmpty() {
            return aliases == null
                    ? List.of()
                    : aliases.stream().map(String::strip).distinct().toList();
        }

        List<ListingRequest> listingsOrEmpty() {
            return listings == null ? List.of() : listings;
        }
    }

    record TechnologyCategoryRequest(
            @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 300) String name,
            @Pattern(regexp = CODE) String parentCode,
            @Min(0) @Max(100) int points,
            @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 200) String> keywords,
            @Size(max = 1000) String controlListRefs,
            @NotNull @Valid SourceRequest source) {

        TechnologyCategoryRule toRule(String code) {
            return new TechnologyCategoryRule(
                    code,
                    name.strip(),
                    parentCode,
                    points,
                    keywords.stream().map(String::strip).distinct().toList(),
                    controlListRefs,
                    source.toSource());
        }
    }

    record TalentProgrammeRequest(
            @NotBlank @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 300) String name,
            UUID parentId,
            @CountryCode String country,
            @Size(max = 100) List<@NotBlank @Size(max = 300) String> aliases,
            @NotNull @Valid SourceRequest source) {

        TalentProgrammeRule toRule(UUID id) {
            return new TalentProgrammeRule(
                    id,
                    code,
                    name.strip(),
                    parentId,
                    country,
                    aliases == null
                            ? List.of()
                            : aliases.stream().map(String::strip).distinct().toList(),
                    source.toSource());
        }
    }

    record DesignationRequest(
            @NotBlank @Size(max = 1000) String basis,
            @NotNull @Valid SourceRequest source) {}

    record CountryRequest(
            @CountryCode String code,
            @NotBlank @Size(max = 200) String name,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid DesignationRequest> designations) {

        CountryRule toRule(String code) {
            return new CountryRule(
                    code,
                    name.strip(),
                    designations.stream()
                            .map(designation -> new CountryRule.Designation(
                                    designation.basis().strip(),
                                    designation.source().toSource()))
                            .toList());
        }
    }

    record CombinationRuleRequest(
            @NotBlank @Pattern(regexp = CODE) String code,
            @NotNull CombinationScope riskType,
            @NotEmpty @Size(max = 10) List<@NotNull CombinationFactor> requires,
            @NotNull RiskLevel raisesTo,
            @NotBlank @Size(max = 2000) String description,
            @NotNull @Valid SourceRequest source) {}

    record MitigationRequest(
            @NotBlank @Size(max = 2000) String text,
            @NotNull @Valid SourceRequest source) {}

    record ScoringPolicyRequest(
            @NotEmpty @Size(max = 200)
            Map<@Pattern(regexp = CODE) String, @NotNull @Min(0) @Max(100) Integer> parameters,

            @Size(max = 200) Map<@Pattern(regexp = CODE) String, @NotNull @Valid SourceRequest> parameterSources,
            @NotNull @Size(max = 100) List<@NotNull @Valid CombinationRuleRequest> combinationRules,

            @NotNull @Size(max = 50)
            Map<@Pattern(regexp = CODE) String, @Size(max = 20) List<@NotNull @Valid MitigationRequest>> mitigations) {}
}
