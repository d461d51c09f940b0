package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.List;

import org.collabscreen.rulebook.FrameworkEditionRule;

/**
 * NIH decision matrix (Aug 2024): malign programme participation, and undisclosed foreign funding or affiliations,
 * graded higher when a foreign country of concern is involved. A tie listed in the proposal counts as disclosed unless
 * it says {@code disclosed: false}: what a researcher lists here goes into the application.
 */
final class NihRule implements FrameworkRule {

    static final String REQUIRED = "MITIGATION_REQUIRED";
    static final String RECOMMENDED = "MITIGATION_RECOMMENDED";
    static final String SUGGESTED = "MITIGATION_SUGGESTED";

    @Override
    public FrameworkCode code() {
        return FrameworkCode.US_NIH;
    }

    @Override
    public void apply(Situation situation, LocalDate date, VerdictDraft draft) {
        List<FrameworkFacts.Researcher> researchers = Covered.researchers(situation);
        if (researchers.isEmpty()) {
            draft.missing(
                    "researchers",
                    "the matrix assesses each covered individual's talent programmes, foreign funding and affiliations",
                    REQUIRED);
        }
        for (int i = 0; i < researchers.size(); i++) {
            FrameworkFacts.Researcher researcher = researchers.get(i);
            if (!Covered.isCovered(researcher)) {
                continue;
            }
            for (int k = 0; k < researcher.talentProgrammes().size(); k++) {
                programme(
                        situation,
                        draft,
                        researcher,
                        researcher.talentProgrammes().get(k),
                        Covered.field(i, "talentProgrammes", k));
            }
            for (int j = 0; j < researcher.affiliations().size(); j++) {
                foreignTie(
                        situation,
                        date,
                        draft,
                        researcher,
                        researcher.affiliations().get(j),
                        Covered.field(i, "affiliations", j),
                        "affiliation",
                        "F3A",
                        "F3B");
            }
            for (int k = 0; k < researcher.support().size(); k++) {
                foreignTie(
                        situation,
                        date,
                        draft,
                        researcher,
                        researcher.support().get(k),
                        Covered.field(i, "support", k),
                        "funding or support",
                        "F2A",
                        "F2B");
            }
        }
    }

    private void programme(
            Situation situation, VerdictDraft draft, FrameworkFacts.Researcher researcher, Tie tie, String field) {
        Programme programme = Programme.of(situation, tie, draft.edition());
        String text = Covered.who(researcher) + " takes part (" + tie.period() + ") in " + programme.label();
        switch (programme.kind()) {
            case MALIGN ->
                draft.raise(
                        REQUIRED,
                        draft.reason(
                                text
                                        + ", a malign foreign talent recruitment program: current or past participation is prohibited"
                                        + " by law",
                                field,
                                tie.name(),
                                programme.ruleId(),
                                "F1"));
            case CONCERN_COUNTRY ->
                draft.raise(
                        Boolean.FALSE.equals(tie.disclosed()) ? REQUIRED : SUGGESTED,
                        draft.reason(
                                text + ", compensated from " + programme.country() + ", a foreign country of concern, "
                                        + (Boolean.FALSE.equals(tie.disclosed()) ? "not disclosed" : "disclosed"),
                                field,
                                tie.name(),
                                programme.ruleId(),
                                "F2A"));
            case FOREIGN -> {
                if (Boolean.FALSE.equals(tie.disclosed())) {
                    draft.raise(
                            RECOMMENDED,
                            draft.reason(
                                    text + ", compensated from " + programme.country() + ", not disclosed",
                                    field,
                                    tie.name(),
                                    programme.ruleId(),
                                    "F2B"));
                }
            }
            case NOT_A_PROGRAMME ->
                draft.note(draft.reason(
                        text + ", declared without compensation", field, tie.name(), programme.ruleId(), "F1"));
            case UNKNOWN ->
                draft.missing(
                        field + (tie.compensated() == null ? ".compensated" : ".country"),
                        "participation in a malign foreign talent recruitment program requires mitigation",
                        REQUIRED);
        }
    }

    private void foreignTie(
            Situation situation,
            LocalDate date,
            VerdictDraft draft,
            FrameworkFacts.Researcher researcher,
            Tie tie,
            String field,
            String what,
            String concernClause,
            String foreignClause) {
        FrameworkEditionRule edition = draft.edition();
        Organisation organisation = Organisation.of(situation, tie.name(), tie.country(), List.of(), edition, date);
        boolean undisclosed = Boolean.FALSE.equals(tie.disclosed());
        String text = Covered.who(researcher) + " has a " + what + " (" + tie.period() + ") with '" + tie.name() + "'";
        if (organisation.inAnyOf(edition.list("countriesOfConcern"))) {
            draft.raise(
                    undisclosed ? REQUIRED : SUGGESTED,
                    draft.reason(
                            text + " in " + organisation.country() + ", a foreign country of concern, "
                                    + (undisclosed ? "not disclosed" : "disclosed"),
                            field,
                            tie.name(),
                            organisation.ruleId(),
                            concernClause));
        } else if (organisation.country() == null) {
            if (undisclosed) {
                draft.missing(
                        field + ".country",
                        "an undisclosed tie to a foreign country of concern requires mitigation",
                        REQUIRED);
            }
        } else if (undisclosed && !edition.list("domesticCountries").contains(organisation.country())) {
            draft.raise(
                    RECOMMENDED,
                    draft.reason(
                            text + " in " + organisation.country() + ", not disclosed",
                            field,
                            tie.name(),
                            organisation.ruleId(),
                            foreignClause));
        }
    }
}
