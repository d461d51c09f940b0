package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.List;

import org.collabscreen.rulebook.FrameworkEditionRule;

/**
 * UK ATAS: a researcher who is not exempt needs a certificate to research in the UK at PhD level or above in a listed
 * subject, on the routes the scheme covers. The subject is the CAH3 code when given; otherwise research classified
 * into a sensitive technology category counts as an ATAS subject, and research in none does not.
 */
final class AtasRule implements FrameworkRule {

    static final String REQUIRED = "CERTIFICATE_REQUIRED";
    private static final String UK = "GB";

    @Override
    public FrameworkCode code() {
        return FrameworkCode.UK_ATAS;
    }

    @Override
    public void apply(Situation situation, LocalDate date, VerdictDraft draft) {
        FrameworkEditionRule edition = draft.edition();
        FrameworkFacts facts = situation.facts();
        if (!atasSubject(situation, draft)) {
            return;
        }
        boolean anyRoute = facts.researchers().stream().anyMatch(r -> r.visaRoute() != null);
        boolean inUk = UK.equals(facts.hostCountry()) || UK.equals(facts.country()) || anyRoute;
        if (!inUk && facts.hostCountry() != null) {
            draft.note(draft.reason(
                    "Neither the host (" + facts.hostCountry() + ") nor the partner (" + facts.country()
                            + ") is in the UK, and no researcher comes on a UK visa route",
                    "hostCountry",
                    facts.hostCountry(),
                    null,
                    "APPENDIX_ATAS"));
            return;
        }
        if (!inUk) {
            draft.missing("hostCountry", "ATAS concerns research done in the UK", REQUIRED);
        }
        if (facts.researchers().isEmpty()) {
            draft.missing(
                    "researchers",
                    "the nationality and visa route of each researcher who will research in the UK",
                    REQUIRED);
        }
        for (int i = 0; i < facts.researchers().size(); i++) {
            researcher(edition, draft, i, facts.researchers().get(i));
        }
    }

    private boolean atasSubject(Situation situation, VerdictDraft draft) {
        FrameworkEditionRule edition = draft.edition();
        List<String> codes = edition.list("subjectCodes");
        boolean listedCode = false;
        for (int i = 0; i < situation.facts().researchers().size(); i++) {
            String code = situation.facts().researchers().get(i).subjectCode();
            if (code != null && codes.contains(code)) {
                listedCode = true;
                draft.note(draft.reason(
                        "Subject " + code + " is an ATAS subject",
                        Covered.field(i) + ".subjectCode",
                        code,
                        null,
                        "APPENDIX_ATAS"));
            }
        }
        List<Situation.TechnologyHit> sensitive = situation.technology().stream()
                .filter(hit -> hit.codes().stream().anyMatch(edition.list("sensitiveCategories")::contains))
                .toList();
        sensitive.forEach(hit -> draft.note(draft.reason(
                "The research is classified as " + hit.match().category().name()
                        + ": subjects where knowledge could serve weapons programmes or advanced military technology"
                        + " are ATAS subjects",
                hit.field(),
                hit.text(),
                hit.ruleId(),
                "APPENDIX_ATAS")));
        if (!listedCode && sensitive.isEmpty()) {
            draft.note(draft.reason(
                    "The research is in no sensitive technology category and no listed CAH3 subject code is given:"
                            + " not an ATAS subject",
                    "technologyArea",
                    situation.facts().technologyArea(),
                    null,
                    "APPENDIX_ATAS"));
            return false;
        }
        return true;
    }

    private void researcher(
            FrameworkEditionRule edition, VerdictDraft draft, int i, FrameworkFacts.Researcher researcher) {
        String field = Covered.field(i);
        String nationality = researcher.nationality();
        if (nationality == null) {
            draft.missing(field + ".nationality", "nationals of exempt countries need no certificate", REQUIRED);
            return;
        }
        if (edition.list("exemptNationalities").contains(nationality)) {
            draft.note(draft.reason(
                    "'" + researcher.name() + "' is a national of " + nationality + ", exempt from ATAS",
                    field + ".nationality",
                    nationality,
                    null,
                    "EXEMPT"));
            return;
        }
        String route = researcher.visaRoute();
        if (route != null && !edition.list("visaRoutes").contains(route)) {
            draft.note(draft.reason(
                    "'" + researcher.name() + "' comes on the " + route + " route, which ATAS does not cover",
                    field + ".visaRoute",
                    route,
                    null,
                    "APPENDIX_ATAS"));
            return;
        }
        if (route == null) {
            draft.missing(
                    field + ".visaRoute",
                    "ATAS covers the Student, Skilled Worker, Temporary Work (GAE) and" + " Visitor routes",
                    REQUIRED);
            return;
        }
        draft.raise(
                REQUIRED,
                draft.reason(
                        "'" + researcher.name() + "', a national of " + nationality + " (not exempt), comes on the "
                                + route + " route to research an ATAS subject",
                        field,
                        researcher.name(),
                        null,
                        "APPENDIX_ATAS"));
    }
}
