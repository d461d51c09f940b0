package org.collabscreen.framework;

import java.util.List;
import java.util.Optional;

import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.ProgrammeMatch;
import org.collabscreen.rulebook.TalentProgrammeRule;

/**
 * A declared talent programme weighed by the CHIPS definitions: a foreign talent recruitment program gives
 * compensation; it is malign when a foreign country of concern sponsors it and it requires the acts s.10638(4)(A)
 * lists. CollabScreen cannot read contracts, so it takes a programme on the s.1286 Table 2 list (or a sub-programme of
 * one) as malign, and any other compensated programme from a country of concern as needing contract review.
 */
record Programme(Tie tie, ProgrammeMatch match, String country, Kind kind) {

    /** What the facts given make of the programme. */
    enum Kind {
        /** Compensated, sponsored from a country of concern and on s.1286 Table 2. */
        MALIGN,
        /** Compensated and sponsored from a country of concern; not on Table 2: the contract decides. */
        CONCERN_COUNTRY,
        /** Compensated, sponsored from another foreign country. */
        FOREIGN,
        /** Declared without compensation: not a foreign talent recruitment program as defined. */
        NOT_A_PROGRAMME,
        /** Whether it is compensated, or who sponsors it, is not stated. */
        UNKNOWN
    }

    static Programme of(Situation situation, Tie tie, FrameworkEditionRule edition) {
        Optional<ProgrammeMatch> match = situation.resolveProgramme(tie.name());
        String country = tie.country() != null
                ? tie.country()
                : match.map(m -> m.programme().country()).orElse(null);
        List<String> concern = edition.list("countriesOfConcern");
        Kind kind;
        if (Boolean.FALSE.equals(tie.compensated())) {
            kind = Kind.NOT_A_PROGRAMME;
        } else if (tie.compensated() == null || country == null) {
            kind = match.isPresent() && onTable2(situation, match.get().programme(), edition)
                    ? (tie.compensated() == null ? Kind.UNKNOWN : Kind.MALIGN)
                    : Kind.UNKNOWN;
        } else if (!concern.contains(country)) {
            kind = Kind.FOREIGN;
        } else {
            kind = match.isPresent() && onTable2(situation, match.get().programme(), edition)
                    ? Kind.MALIGN
                    : Kind.CONCERN_COUNTRY;
        }
        return new Programme(tie, match.orElse(null), country, kind);
    }

    String ruleId() {
        return match == null ? null : "talent-programme/" + match.programme().code();
    }

    String label() {
        return match == null ? "'" + tie.name() + "'" : match.programme().name();
    }

    /** The programme or one of its parent programmes is on s.1286 Table 2. */
    private static boolean onTable2(Situation situation, TalentProgrammeRule programme, FrameworkEditionRule edition) {
        List<String> table2 = edition.list("talentProgrammesTable2");
        TalentProgrammeRule current = programme;
        for (int depth = 0; current != null && depth < 8; depth++) {
            if (table2.contains(current.code())) {
                return true;
            }
            TalentProgrammeRule here = current;
            current = here.parentId() == null
                    ? null
                    : situation.rulebook().talentProgrammes().stream()
                            .filter(p -> p.id().equals(here.parentId()))
                            .findFirst()
                            .orElse(null);
        }
        return false;
    }
}
