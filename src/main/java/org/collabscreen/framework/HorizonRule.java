package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.List;

import org.collabscreen.rulebook.FrameworkEditionRule;

/**
 * Horizon Europe Art. 22(5): where a topic invokes it, only entities established in eligible countries and not
 * controlled from non-eligible ones may take part. Whether the topic invokes it is the call's fact; when it is not
 * given, research in none of the areas whose topics have invoked it is taken as not concerned.
 */
final class HorizonRule implements FrameworkRule {

    static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
    static final String ELIGIBLE = "ELIGIBLE";

    @Override
    public FrameworkCode code() {
        return FrameworkCode.EU_HORIZON_ART_22_5;
    }

    @Override
    public void apply(Situation situation, LocalDate date, VerdictDraft draft) {
        FrameworkEditionRule edition = draft.edition();
        FrameworkFacts facts = situation.facts();
        Boolean flagged = facts.horizonFlaggedTopic();
        if (Boolean.FALSE.equals(flagged)) {
            draft.note(draft.reason(
                    "The topic does not invoke Article 22(5)", "horizonFlaggedTopic", "false", null, "ART_22_5"));
            return;
        }
        if (flagged == null) {
            List<Situation.TechnologyHit> areas = situation.technology().stream()
                    .filter(hit -> hit.codes().stream().anyMatch(edition.list("areaCategories")::contains))
                    .toList();
            if (areas.isEmpty()) {
                draft.note(draft.reason(
                        "The research is in none of the areas whose topics have invoked Article 22(5); give"
                                + " horizonFlaggedTopic if the topic's conditions invoke it",
                        "technologyArea",
                        facts.technologyArea(),
                        null,
                        "SCOPE"));
                return;
            }
            areas.forEach(hit -> draft.note(draft.reason(
                    "The research is classified as " + hit.match().category().name()
                            + ", an area where topics have invoked Article 22(5)",
                    hit.field(),
                    hit.text(),
                    hit.ruleId(),
                    "SCOPE")));
            draft.missing(
                    "horizonFlaggedTopic",
                    "whether the call topic's conditions invoke Article 22(5) (see the topic on the Funding & Tenders"
                            + " portal)",
                    NOT_ELIGIBLE);
            return;
        } else {
            draft.raise(
                    ELIGIBLE,
                    draft.reason(
                            "The topic invokes Article 22(5): participation is limited to entities established in, and"
                                    + " controlled from, eligible countries",
                            "horizonFlaggedTopic",
                            "true",
                            null,
                            "ART_22_5"));
        }
        List<String> eligible = edition.list("eligibleCountries");
        if (facts.country() != null && !eligible.contains(facts.country())) {
            draft.raise(
                    NOT_ELIGIBLE,
                    draft.reason(
                            "The partner is established in " + facts.country() + ", not an eligible country",
                            "country",
                            facts.country(),
                            null,
                            "ART_22_5"));
            return;
        }
        String controller = facts.partnerControlledFrom();
        if (controller == null) {
            draft.missing(
                    "partnerControlledFrom",
                    "the country of the entity that directly or indirectly controls the partner (Ownership Control"
                            + " Declaration)",
                    NOT_ELIGIBLE);
        } else if (!eligible.contains(controller)) {
            draft.raise(
                    NOT_ELIGIBLE,
                    draft.reason(
                            "The partner is controlled from " + controller + ", not an eligible country",
                            "partnerControlledFrom",
                            controller,
                            null,
                            "OCD"));
        } else {
            draft.note(draft.reason(
                    "The partner is established in " + facts.country() + " and controlled from " + controller
                            + ", both eligible",
                    "partnerControlledFrom",
                    controller,
                    null,
                    "OCD"));
        }
    }
}
