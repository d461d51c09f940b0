package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.List;

import org.collabscreen.rulebook.FrameworkEditionRule;

/**
 * The Dutch Knowledge Security Screening Bill (a draft): anyone who will gain access to sensitive technology at a
 * Dutch knowledge institution, Dutch nationals included, may do so only after a positive screening by Justis.
 */
final class NlRule implements FrameworkRule {

    static final String REQUIRED = "SCREENING_REQUIRED";

    @Override
    public FrameworkCode code() {
        return FrameworkCode.NL_KNOWLEDGE_SECURITY;
    }

    @Override
    public void apply(Situation situation, LocalDate date, VerdictDraft draft) {
        FrameworkEditionRule edition = draft.edition();
        FrameworkFacts facts = situation.facts();
        List<Situation.TechnologyHit> sensitive = situation.technology().stream()
                .filter(hit -> hit.codes().stream().anyMatch(edition.list("sensitiveCategories")::contains))
                .toList();
        if (sensitive.isEmpty()) {
            draft.note(draft.reason(
                    "The research is in no sensitive technology category, so in none of the bill's clusters",
                    "technologyArea",
                    facts.technologyArea(),
                    null,
                    "ANNEX2"));
            return;
        }
        sensitive.forEach(hit -> draft.note(draft.reason(
                "The research is classified as " + hit.match().category().name()
                        + ", possibly in one of the bill's 20 sensitive technology clusters",
                hit.field(),
                hit.text(),
                hit.ruleId(),
                "ANNEX2")));
        List<String> dutch = edition.list("knowledgeInstitutionCountries");
        boolean inNl = dutch.contains(facts.country()) || dutch.contains(facts.hostCountry());
        if (inNl) {
            draft.raise(
                    REQUIRED,
                    draft.reason(
                            "The work involves a Dutch knowledge institution ("
                                    + (dutch.contains(facts.hostCountry()) ? "host" : "partner")
                                    + " in the Netherlands)",
                            dutch.contains(facts.hostCountry()) ? "hostCountry" : "country",
                            dutch.contains(facts.hostCountry()) ? facts.hostCountry() : facts.country(),
                            null,
                            "BILL"));
        } else if (facts.hostCountry() == null) {
            draft.missing("hostCountry", "the bill applies to access at Dutch knowledge institutions", REQUIRED);
        } else {
            draft.note(draft.reason(
                    "Neither the host (" + facts.hostCountry() + ") nor the partner (" + facts.country()
                            + ") is a Dutch knowledge institution",
                    "hostCountry",
                    facts.hostCountry(),
                    null,
                    "BILL"));
        }
    }
}
