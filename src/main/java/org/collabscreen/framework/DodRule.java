package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.collabscreen.framework.ListMemberships.Membership;
import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.InstitutionRule;

/**
 * US DoD fundamental research: the statutory prohibitions (FY25 NDAA s.238 on s.1286 institutions and their employees,
 * the January 2026 memo on s.1260H entities, CHIPS s.10632 on malign programmes) and the decision matrix's graded
 * factors (talent programmes, foreign funding, ties to listed entities), each tie counted when it falls inside the
 * edition's look-back window.
 */
final class DodRule implements FrameworkRule {

    static final String PROHIBITED = "PROHIBITED";
    static final String REQUIRED = "MITIGATION_REQUIRED";
    static final String SUGGESTED = "MITIGATION_SUGGESTED";
    private static final LocalDate MFTRP_PROHIBITION = LocalDate.of(2024, 8, 9);
    private static final int SUB_UNITS_NAMED = 5;

    @Override
    public FrameworkCode code() {
        return FrameworkCode.US_DOD_FUNDAMENTAL_RESEARCH;
    }

    @Override
    public void apply(Situation situation, LocalDate date, VerdictDraft draft) {
        FrameworkEditionRule edition = draft.edition();
        partner(situation, date, draft);
        List<FrameworkFacts.Researcher> researchers = Covered.researchers(situation);
        if (researchers.isEmpty()) {
            draft.missing(
                    "researchers",
                    "the decision matrix assesses each covered individual's affiliations, talent programmes and"
                            + " support; an employee of a s.1286 institution makes the collaboration prohibited (s.238)",
                    PROHIBITED);
        }
        for (int i = 0; i < researchers.size(); i++) {
            FrameworkFacts.Researcher researcher = researchers.get(i);
            if (!Covered.isCovered(researcher)) {
                draft.note(draft.reason(
                        Covered.who(researcher) + " is not a covered individual: the matrix does not assess them",
                        Covered.field(i) + ".role",
                        researcher.name(),
                        null,
                        "MATRIX_LISTED"));
                continue;
            }
            affiliations(situation, date, draft, i, researcher);
            programmes(situation, date, draft, i, researcher);
            support(situation, date, draft, i, researcher);
        }
        funders(situation, date, draft, edition);
    }

    private void partner(Situation situation, LocalDate date, VerdictDraft draft) {
        FrameworkEditionRule edition = draft.edition();
        FrameworkFacts facts = situation.facts();
        List<String> prohibited = edition.list("prohibitedPartnerLists");
        List<String> mitigation = edition.list("mitigationLists");
        Organisation partner = Organisation.of(
                situation, facts.institution(), facts.country(), union(prohibited, mitigation), edition, date);
        Optional<Membership> banned = partner.on(prohibited);
        if (banned.isPresent()) {
            draft.raise(
                    PROHIBITED,
                    draft.reason(
                            "The partner '" + facts.institution() + "' is on "
                                    + banned.get().describe() + ", the edition in force on " + date,
                            "institution",
                            facts.institution(),
                            partner.ruleId(),
                            clauseFor(banned.get())));
            return;
        }
        partner.on(mitigation)
                .ifPresent(listed -> draft.raise(
                        REQUIRED,
                        draft.reason(
                                "The partner '" + facts.institution() + "' is on " + listed.describe(),
                                "institution",
                                facts.institution(),
                                partner.ruleId(),
                                "MATRIX_LISTED")));
        notOnEditionInForce(partner, prohibited, edition, date, draft);
        if (partner.match() != null) {
            subUnits(situation, partner, date, draft, prohibited, mitigation);
        }
        if (partner.inAnyOf(edition.list("countriesOfConcern"))) {
            draft.note(draft.reason(
                    "The partner is in " + partner.country() + ", a foreign country of concern (CHIPS s.10612)",
                    "country",
                    facts.country(),
                    null,
                    "MATRIX_FUNDING"));
        }
    }

    /** The partner organisation is not listed itself, but some of its sub-units are: which one is it? */
    private void subUnits(
            Situation situation,
            Organisation partner,
            LocalDate date,
            VerdictDraft draft,
            List<String> prohibited,
            List<String> mitigation) {
        FrameworkEditionRule edition = draft.edition();
        List<String> lists = prohibited.isEmpty() ? mitigation : prohibited;
        List<InstitutionRule> listed = situation
                .rulebook()
                .listedSubUnits(partner.match().institution().id())
                .stream()
                .filter(unit -> lists.stream()
                        .anyMatch(list ->
                                ListMemberships.on(unit, list, edition, date).isPresent()))
                .toList();
        if (listed.isEmpty()) {
            return;
        }
        String named = listed.stream()
                .limit(SUB_UNITS_NAMED)
                .map(InstitutionRule::name)
                .collect(Collectors.joining("; "));
        String more = listed.size() > SUB_UNITS_NAMED ? " and " + (listed.size() - SUB_UNITS_NAMED) + " more" : "";
        String clause = prohibited.isEmpty() ? "MATRIX_LISTED" : "NDAA25_238";
        draft.note(draft.reason(
                listed.size() + " sub-unit(s) of '"
                        + partner.match().institution().name() + "' are on " + String.join(" / ", lists)
                        + " as in force on " + date + ": " + named + more,
                "institution",
                partner.name(),
                partner.ruleId(),
                clause));
        draft.missing(
                "institution",
                "name the sub-unit (institute, laboratory) of "
                        + partner.match().institution().name() + " you work with: " + listed.size()
                        + " of its sub-units are listed",
                prohibited.isEmpty() ? REQUIRED : PROHIBITED);
    }

    private void affiliations(
            Situation situation, LocalDate date, VerdictDraft draft, int i, FrameworkFacts.Researcher researcher) {
        FrameworkEditionRule edition = draft.edition();
        List<String> prohibited = edition.list("prohibitedPartnerLists");
        List<String> mitigation = edition.list("mitigationLists");
        Integer years = edition.number("lookBackYears");
        for (int j = 0; j < researcher.affiliations().size(); j++) {
            Tie tie = researcher.affiliations().get(j);
            String field = Covered.field(i, "affiliations", j);
            Organisation organisation =
                    Organisation.of(situation, tie.name(), tie.country(), union(prohibited, mitigation), edition, date);
            Optional<Membership> listed = organisation.on(union(prohibited, mitigation));
            if (listed.isEmpty()) {
                continue;
            }
            String text = Covered.who(researcher) + " is affiliated (" + tie.period() + ") with '" + tie.name()
                    + "', on " + listed.get().describe();
            if (!tie.within(date, years)) {
                draft.note(draft.reason(
                        text + ": ended before the " + years + "-year look-back window, so it does not count",
                        field,
                        tie.name(),
                        organisation.ruleId(),
                        "DOW_2026_LOOKBACK"));
            } else if (prohibited.contains(listed.get().listing().listCode())) {
                draft.raise(
                        tie.currentOn(date) ? PROHIBITED : REQUIRED,
                        draft.reason(
                                text
                                        + (tie.currentOn(date)
                                                ? ": an employee of a prohibited institution"
                                                : ": a past tie"),
                                field,
                                tie.name(),
                                organisation.ruleId(),
                                clauseFor(listed.get())));
            } else {
                draft.raise(
                        tie.currentOn(date) ? REQUIRED : SUGGESTED,
                        draft.reason(text, field, tie.name(), organisation.ruleId(), "MATRIX_LISTED"));
            }
        }
    }

    private void programmes(
            Situation situation, LocalDate date, VerdictDraft draft, int i, FrameworkFacts.Researcher researcher) {
        Integer years = draft.edition().number("lookBackYears");
        for (int k = 0; k < researcher.talentProgrammes().size(); k++) {
            Tie tie = researcher.talentProgrammes().get(k);
            String field = Covered.field(i, "talentProgrammes", k);
            Programme programme = Programme.of(situation, tie, draft.edition());
            String text = Covered.who(researcher) + " takes part (" + tie.period() + ") in " + programme.label();
            if (!tie.within(date, years)) {
                draft.note(draft.reason(
                        text + ": ended before the " + years + "-year look-back window, so it does not count",
                        field,
                        tie.name(),
                        programme.ruleId(),
                        "MATRIX_FTRP"));
                continue;
            }
            switch (programme.kind()) {
                case MALIGN -> {
                    boolean prohibited = tie.currentOn(date) && !date.isBefore(MFTRP_PROHIBITION);
                    draft.raise(
                            prohibited ? PROHIBITED : REQUIRED,
                            draft.reason(
                                    text + ", a malign foreign talent recruitment program (s.1286 Table 2, sponsored"
                                            + " from " + programme.country() + ")"
                                            + (prohibited ? "" : ": past participation, mitigation required"),
                                    field,
                                    tie.name(),
                                    programme.ruleId(),
                                    prohibited ? "CHIPS_10632" : "MATRIX_FTRP"));
                }
                case CONCERN_COUNTRY ->
                    draft.raise(
                            tie.currentOn(date) ? REQUIRED : SUGGESTED,
                            draft.reason(
                                    text + ", a compensated programme sponsored from " + programme.country()
                                            + ", a foreign country of concern; its contract decides whether it is malign",
                                    field,
                                    tie.name(),
                                    programme.ruleId(),
                                    "MATRIX_FTRP"));
                case FOREIGN ->
                    draft.raise(
                            SUGGESTED,
                            draft.reason(
                                    text + ", a compensated foreign programme (" + programme.country() + ")",
                                    field,
                                    tie.name(),
                                    programme.ruleId(),
                                    "MATRIX_FTRP"));
                case NOT_A_PROGRAMME ->
                    draft.note(draft.reason(
                            text + ", declared without compensation: not a foreign talent recruitment program",
                            field,
                            tie.name(),
                            programme.ruleId(),
                            "MATRIX_FTRP"));
                case UNKNOWN -> {
                    draft.note(draft.reason(
                            text + ": whether it is compensated, or who sponsors it, is not stated",
                            field,
                            tie.name(),
                            programme.ruleId(),
                            "MATRIX_FTRP"));
                    draft.missing(
                            field + (tie.compensated() == null ? ".compensated" : ".country"),
                            "a compensated programme sponsored from a foreign country of concern can make the"
                                    + " proposal prohibited (CHIPS s.10632)",
                            PROHIBITED);
                }
            }
        }
    }

    private void support(
            Situation situation, LocalDate date, VerdictDraft draft, int i, FrameworkFacts.Researcher researcher) {
        FrameworkEditionRule edition = draft.edition();
        List<String> lists = union(edition.list("prohibitedPartnerLists"), edition.list("mitigationLists"));
        Integer years = edition.number("lookBackYears");
        for (int k = 0; k < researcher.support().size(); k++) {
            Tie tie = researcher.support().get(k);
            String field = Covered.field(i, "support", k);
            Organisation source = Organisation.of(situation, tie.name(), tie.country(), lists, edition, date);
            String text =
                    Covered.who(researcher) + " receives support (" + tie.period() + ") from '" + tie.name() + "'";
            if (!tie.within(date, years)) {
                draft.note(draft.reason(
                        text + ": ended before the " + years + "-year look-back window, so it does not count",
                        field,
                        tie.name(),
                        source.ruleId(),
                        "MATRIX_FUNDING"));
                continue;
            }
            Optional<Membership> listed = source.on(lists);
            if (listed.isPresent()) {
                draft.raise(
                        REQUIRED,
                        draft.reason(
                                text + ", on " + listed.get().describe(),
                                field,
                                tie.name(),
                                source.ruleId(),
                                "MATRIX_LISTED"));
            } else if (source.inAnyOf(edition.list("countriesOfConcern"))) {
                boolean undisclosed = Boolean.FALSE.equals(tie.disclosed());
                draft.raise(
                        undisclosed ? REQUIRED : SUGGESTED,
                        draft.reason(
                                text + ", from " + source.country() + ", a foreign country of concern, "
                                        + (undisclosed ? "not disclosed" : "disclosed"),
                                field,
                                tie.name(),
                                source.ruleId(),
                                "MATRIX_FUNDING"));
            } else if (source.country() == null) {
                draft.missing(
                        field + ".country",
                        "funding from a foreign country of concern requires mitigation",
                        Boolean.FALSE.equals(tie.disclosed()) ? REQUIRED : SUGGESTED);
            }
        }
    }

    private void funders(Situation situation, LocalDate date, VerdictDraft draft, FrameworkEditionRule edition) {
        List<FrameworkFacts.Funder> funders = situation.facts().fundingSources();
        for (int k = 0; k < funders.size(); k++) {
            FrameworkFacts.Funder funder = funders.get(k);
            if (funder.country() != null && edition.list("countriesOfConcern").contains(funder.country())) {
                draft.raise(
                        REQUIRED,
                        draft.reason(
                                "The project is funded by '" + funder.name() + "', in " + funder.country()
                                        + ", a foreign country of concern",
                                "fundingSources[" + k + "]",
                                funder.name(),
                                null,
                                "MATRIX_FUNDING"));
            }
        }
    }

    /** Says so when the partner was on a prohibited list in another edition than the one in force. */
    private static void notOnEditionInForce(
            Organisation partner,
            List<String> prohibited,
            FrameworkEditionRule edition,
            LocalDate date,
            VerdictDraft draft) {
        if (partner.match() == null) {
            return;
        }
        partner.match().institution().listings().stream()
                .filter(listing -> prohibited.contains(listing.listCode()))
                .findFirst()
                .ifPresent(listing -> draft.note(draft.reason(
                        "The partner appears on " + listing.listName() + " (editions " + listing.editions()
                                + ") but not on the edition in force on " + date
                                + ListMemberships.editionInForce(listing.listCode(), edition, date)
                                        .map(e -> " (" + e.edition() + " of " + e.published() + ")")
                                        .orElse(" (none published yet)"),
                        "institution",
                        partner.name(),
                        partner.ruleId(),
                        "S1286")));
    }

    private static String clauseFor(Membership membership) {
        return "US_1260H".equals(membership.listing().listCode()) ? "MEMO_2026_1260H" : "NDAA25_238";
    }

    private static List<String> union(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
