package org.collabscreen.rulebook;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.collabscreen.rulebook.RulebookResponses.CategoryMatches;
import org.collabscreen.rulebook.RulebookResponses.InstitutionEntry;
import org.collabscreen.rulebook.RulebookResponses.NameMatches;
import org.collabscreen.rulebook.RulebookResponses.Summary;
import org.collabscreen.rulebook.RulebookResponses.TalentProgrammeEntry;
import org.collabscreen.rulebook.RulebookResponses.TechnologyCategoryEntry;
import org.collabscreen.web.CountryCode;
import org.collabscreen.web.PageResponse;
import org.collabscreen.web.PlainText;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/rulebook", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rulebook", description = "The rules screenings use, their public sources, and matching against them")
class RulebookController {

    private final RulebookQueries rulebook;

    RulebookController(RulebookQueries rulebook) {
        this.rulebook = rulebook;
    }

    @GetMapping
    @Operation(summary = "Current revision and counts of the rulebook")
    Summary summary() {
        return rulebook.summary();
    }

    @GetMapping("/institutions")
    @Operation(summary = "Institutions, with aliases and list memberships")
    PageResponse<InstitutionEntry> institutions(
            @RequestParam(required = false) @CountryCode String country,
            @Parameter(description = "Text contained in the name or an alias")
                    @RequestParam(required = false)
                    @Size(max = 200)
                    @PlainText
                    String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return rulebook.institutions(country, q, page, size);
    }

    @GetMapping("/institutions/matches")
    @Operation(
            summary = "Resolve an institution name as a user typed it",
            description = "Best first; empty when nothing passes the threshold. `score` is a similarity in 0..1.")
    NameMatches matchInstitutions(
            @Parameter(example = "Harbin Inst. of Tech.") @RequestParam @NotBlank @Size(max = 300) @PlainText
                    String name,
            @Parameter(example = "CN") @RequestParam(required = false) @CountryCode String country) {
        return rulebook.matchInstitutions(name, country);
    }

    @GetMapping("/technology-categories")
    @Operation(summary = "Technology categories with their keywords and control-list references")
    List<TechnologyCategoryEntry> technologyCategories() {
        return rulebook.technologyCategories();
    }

    @GetMapping("/technology-categories/matches")
    @Operation(
            summary = "Classify a technology text into categories",
            description = "Best first; empty when nothing matches.")
    CategoryMatches classify(
            @Parameter(example = "printable organic thin-film transistors for wearable sensors")
                    @RequestParam
                    @NotBlank
                    @Size(max = 10_000)
                    @PlainText
                    String text) {
        return rulebook.classify(text);
    }

    @GetMapping("/talent-programmes")
    @Operation(summary = "Talent-recruitment programmes with aliases and native names")
    List<TalentProgrammeEntry> talentProgrammes() {
        return rulebook.talentProgrammes();
    }

    @GetMapping("/talent-programmes/matches")
    @Operation(
            summary = "Resolve a talent programme name",
            description = "Best first; empty when nothing passes the threshold.")
    NameMatches matchProgrammes(
            @Parameter(example = "\"1000 Talents Program\"") @RequestParam @NotBlank @Size(max = 300) @PlainText
                    String name) {
        return rulebook.matchProgrammes(name);
    }

    @GetMapping("/countries")
    @Operation(summary = "Countries of concern, each with the public basis for it")
    List<CountryRule> countries() {
        return rulebook.countries();
    }
}
