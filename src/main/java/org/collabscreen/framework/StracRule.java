package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collabscreen.framework.ListMemberships.Membership;
import org.collabscreen.matching.Classification;
import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.FrameworkEditionRule.SensitiveArea;
import org.collabscreen.vocabulary.PolicyKey;

/**
 * Canada's STRAC policy: research that aims to advance a listed sensitive technology research area (STRA) is not
 * funded if a researcher with a named role is currently affiliated with, or funded or supported in kind by, a Named
 * Research Organization; otherwise every named researcher attests. Past affiliations are out of scope.
 */
final class StracRule implements FrameworkRule {

    static final String NOT_FUNDABLE = "NOT_FUNDABLE";
    static final String ATTESTATIONS = "FUNDABLE_WITH_ATTESTATIONS";
    static final String NONE = "NONE";
    private static final List<String> NRO = List.of("CA_NRO");

    @Override
    public FrameworkCode code() {
        return FrameworkCode.CA_STRAC;
    }

    @Override
    public void apply(Situation situation, LocalDate date, VerdictDraft draft) {
        if (!advancesSensitiveArea(situation, draft)) {
            return;
        }
        partner(situation, date, draft);
        List<FrameworkFacts.Researcher> researchers = Covered.researchers(situation);
        if (researchers.isEmpty()) {
            draft.missing(
                    "researchers",
                    "every researcher with a named role, with all current affiliations and support: one affiliated"
                            + " with a Named Research Organization makes the application not fundable",
                    NOT_FUNDABLE);
        }
        for (int i = 0; i < researchers.size(); i++) {
            researcher(situation, date, draft, i, researchers.get(i));
        }
    }

    /** Whether the research aims to advance a STRA: the applicant's own determination, or what the text suggests. */
    private boolean advancesSensitiveArea(Situation situation, VerdictDraft draft) {
        FrameworkEditionRule edition = draft.edition();
        String declared = situation.facts().straSubcategory();
        if (NONE.equals(declared)) {
            draft.note(draft.reason(
                    "The applicant determines that the research does not aim to advance a sensitive technology"
                            + " research area",
                    "straSubcategory",
                    declared,
                    null,
                    "STRA"));
            return false;
        }
        if (declared != null) {
            SensitiveArea area = SensitiveAreas.area(edition, declared);
            draft.raise(
                    ATTESTATIONS,
                    draft.reason(
                            "The applicant determines that the research aims to advance the sensitive technology research area "
                                    + (area == null ? "'" + declared + "'" : describe(area)),
                            "straSubcategory",
                            declared,
                            null,
                            "STRA"));
            return true;
        }
        Map<String, Verdict.Reason> found = suggestedAreas(situation, draft);
        if (found.isEmpty()) {
            draft.note(draft.reason(
                    "The research text suggests no listed sensitive technology research area (give straSubcategory"
                            + " if the research aims to advance one)",
                    "technologyArea",
                    situation.facts().technologyArea(),
                    null,
                    "STRA"));
            return false;
        }
        found.values().forEach(reason -> draft.raise(ATTESTATIONS, reason));
        return true;
    }

    /** Areas whose keywords the text contains, and areas the rulebook's technology categories map to. */
    private Map<String, Verdict.Reason> suggestedAreas(Situation situation, VerdictDraft draft) {
        FrameworkEditionRule edition = draft.edition();
        double minConfidence = situation.rulebook().policy().value(PolicyKey.MIN_TECHNOLOGY_CONFIDENCE) / 100.0;
        Map<String, Verdict.Reason> found = new LinkedHashMap<>();
        for (Classification hit : SensitiveAreas.classify(edition, situation.researchText())) {
            SensitiveArea area = SensitiveAreas.area(edition, hit.code());
            if (hit.score() >= minConfidence && area != null) {
                found.putIfAbsent(
                        area.id(),
                        draft.reason(
                                "The research text names " + String.join(", ", hit.matchedTerms())
                                        + ", which suggests the sensitive technology research area " + describe(area)
                                        + "; the applicant decides (straSubcategory)",
                                "technologyArea",
                                situation.researchText().strip(),
                                null,
                                "STRA"));
            }
        }
        for (Situation.TechnologyHit hit : situation.technology()) {
            List<String> names = mappedAreas(edition, hit.codes()).stream()
                    .map(id -> SensitiveAreas.area(edition, id))
                    .filter(area -> area != null && !found.containsKey(area.id()))
                    .map(StracRule::describe)
                    .toList();
            if (!names.isEmpty()) {
                found.putIfAbsent(
                        hit.ruleId(),
                        draft.reason(
                                "The research is classified as "
                                        + hit.match().category().name()
                                        + ", which the STRA list covers under " + String.join("; ", names)
                                        + "; the applicant decides (straSubcategory)",
                                hit.field(),
                                hit.text(),
                                hit.ruleId(),
                                "STRA"));
            }
        }
        return found;
    }

    private void partner(Situation situation, LocalDate date, VerdictDraft draft) {
        FrameworkFacts facts = situation.facts();
        Organisation partner =
                Organisation.of(situation, facts.institution(), facts.country(), NRO, draft.edition(), date);
        partner.on(NRO)
                .ifPresent(listed -> draft.note(draft.reason(
                        "The partner '" + facts.institution() + "' is on " + listed.describe()
                                + ": a named researcher employed there makes the application not fundable",
                        "institution",
                        facts.institution(),
                        partner.ruleId(),
                        "NRO")));
    }

    private void researcher(
            Situation situation, LocalDate date, VerdictDraft draft, int i, FrameworkFacts.Researcher researcher) {
        if (researcher.role() != null && !researcher.role().isSenior()) {
            draft.note(draft.reason(
                    "'" + researcher.name() + "' (" + researcher.role() + ") has no named role: no attestation"
                            + " is required of them",
                    Covered.field(i) + ".role",
                    researcher.name(),
                    null,
                    "FAQ_ROLES"));
            return;
        }
        if (researcher.affiliations().isEmpty()) {
            draft.missing(
                    Covered.field(i) + ".affiliations",
                    "all current affiliations of '" + researcher.name() + "' (employed, appointed, conducts research)",
                    NOT_FUNDABLE);
        }
        List<Tie> ties = new ArrayList<>(researcher.affiliations());
        ties.addAll(researcher.support());
        for (int j = 0; j < ties.size(); j++) {
            boolean affiliation = j < researcher.affiliations().size();
            Tie tie = ties.get(j);
            String field = affiliation
                    ? Covered.field(i, "affiliations", j)
                    : Covered.field(i, "support", j - researcher.affiliations().size());
            Organisation organisation =
                    Organisation.of(situation, tie.name(), tie.country(), NRO, draft.edition(), date);
            Optional<Membership> listed = organisation.on(NRO);
            if (listed.isEmpty()) {
                continue;
            }
            String text = "'" + researcher.name() + "' "
                    + (affiliation ? "is affiliated with" : "receives support from") + " '" + tie.name() + "' ("
                    + tie.period() + "), on " + listed.get().describe();
            if (tie.currentOn(date)) {
                draft.raise(
                        NOT_FUNDABLE,
                        draft.reason(
                                text + ": a current tie to a Named Research Organization",
                                field,
                                tie.name(),
                                organisation.ruleId(),
                                "POLICY"));
            } else {
                draft.note(draft.reason(
                        text + ": ended before " + date + "; past affiliations are out of scope and do not count",
                        field,
                        tie.name(),
                        organisation.ruleId(),
                        "AFFILIATION"));
            }
        }
    }

    private static List<String> mappedAreas(FrameworkEditionRule edition, List<String> codes) {
        List<String> areas = new ArrayList<>();
        for (String mapping : edition.list("categoryAreas")) {
            int equals = mapping.indexOf('=');
            if (equals > 0 && codes.contains(mapping.substring(0, equals))) {
                areas.addAll(List.of(mapping.substring(equals + 1).split("\\|")));
            }
        }
        return areas;
    }

    private static String describe(SensitiveArea area) {
        return "'" + area.category() + " > " + area.name() + "'";
    }
}
