package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.List;

/**
 * CHIPS and Science Act s.10631-10638: no award for a proposal on which a covered individual currently takes part in
 * a malign foreign talent recruitment program; other foreign talent recruitment programs, and past participation,
 * are disclosed.
 */
final class ChipsRule implements FrameworkRule {

    static final String PROHIBITED = "PROHIBITED";
    static final String DISCLOSURE = "DISCLOSURE_REQUIRED";
    private static final LocalDate PROHIBITION_FROM = LocalDate.of(2024, 8, 9);

    @Override
    public FrameworkCode code() {
        return FrameworkCode.US_CHIPS_MFTRP;
    }

    @Override
    public void apply(Situation situation, LocalDate date, VerdictDraft draft) {
        List<FrameworkFacts.Researcher> researchers = Covered.researchers(situation);
        if (researchers.isEmpty()) {
            draft.missing(
                    "researchers",
                    "each covered individual must be free of malign foreign talent recruitment programs (s.10632)",
                    PROHIBITED);
        }
        for (int i = 0; i < researchers.size(); i++) {
            FrameworkFacts.Researcher researcher = researchers.get(i);
            if (!Covered.isCovered(researcher)) {
                if (!researcher.talentProgrammes().isEmpty()) {
                    draft.note(draft.reason(
                            Covered.who(researcher) + " declares talent programmes but is not a covered individual",
                            Covered.field(i) + ".role",
                            researcher.name(),
                            null,
                            "S10632"));
                }
                continue;
            }
            for (int k = 0; k < researcher.talentProgrammes().size(); k++) {
                weigh(
                        situation,
                        date,
                        draft,
                        researcher,
                        researcher.talentProgrammes().get(k),
                        Covered.field(i, "talentProgrammes", k));
            }
        }
    }

    private void weigh(
            Situation situation,
            LocalDate date,
            VerdictDraft draft,
            FrameworkFacts.Researcher researcher,
            Tie tie,
            String field) {
        Programme programme = Programme.of(situation, tie, draft.edition());
        String text = Covered.who(researcher) + " takes part (" + tie.period() + ") in " + programme.label();
        switch (programme.kind()) {
            case MALIGN -> {
                if (tie.currentOn(date) && !date.isBefore(PROHIBITION_FROM)) {
                    draft.raise(
                            PROHIBITED,
                            draft.reason(
                                    text + ", compensated and sponsored from " + programme.country()
                                            + ": a malign foreign talent recruitment program (on s.1286 Table 2)",
                                    field,
                                    tie.name(),
                                    programme.ruleId(),
                                    "S10632"));
                } else {
                    draft.raise(
                            DISCLOSURE,
                            draft.reason(
                                    text + ", a malign program (s.1286 Table 2) "
                                            + (tie.currentOn(date)
                                                    ? "before the prohibition applied (9 Aug 2024)"
                                                    : "in the past")
                                            + ": disclose it; the certification concerns current participation",
                                    field,
                                    tie.name(),
                                    programme.ruleId(),
                                    "S10638_4"));
                }
            }
            case CONCERN_COUNTRY ->
                draft.raise(
                        DISCLOSURE,
                        draft.reason(
                                text + ", compensated and sponsored from " + programme.country()
                                        + ", a foreign country of concern (s.10612); it is malign if its contract requires the acts"
                                        + " s.10638(4)(A) lists",
                                field,
                                tie.name(),
                                programme.ruleId(),
                                "S10638_4"));
            case FOREIGN ->
                draft.raise(
                        DISCLOSURE,
                        draft.reason(
                                text + ", a compensated foreign talent recruitment program sponsored from "
                                        + programme.country()
                                        + ", not a country of concern: not malign, to be disclosed",
                                field,
                                tie.name(),
                                programme.ruleId(),
                                "OSTP_2024"));
            case NOT_A_PROGRAMME ->
                draft.note(draft.reason(
                        text + ", declared without compensation: not a foreign talent recruitment program",
                        field,
                        tie.name(),
                        programme.ruleId(),
                        "S10638_4"));
            case UNKNOWN -> {
                draft.note(draft.reason(
                        text + ": whether it is compensated, or who sponsors it, is not stated",
                        field,
                        tie.name(),
                        programme.ruleId(),
                        "S10638_4"));
                draft.missing(
                        field + (tie.compensated() == null ? ".compensated" : ".country"),
                        "a compensated program sponsored from a foreign country of concern can be malign, which"
                                + " prohibits the award",
                        PROHIBITED);
            }
        }
    }
}
