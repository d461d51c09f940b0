package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.collabscreen.framework.ListMemberships.Membership;
import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.InstitutionRule;

/**
 * An organisation named in the proposal (partner, affiliation, support) as the rulebook knows it: what it resolved to,
 * its country, and its memberships (or its parent organisations') of the lists a framework reads, as of a date.
 */
record Organisation(String name, InstitutionMatch match, String country, List<Membership> memberships) {

    static Organisation of(
            Situation situation,
            String name,
            String declaredCountry,
            List<String> listCodes,
            FrameworkEditionRule edition,
            LocalDate date) {
        Optional<InstitutionMatch> match = situation.resolve(name, declaredCountry);
        List<Membership> memberships = new ArrayList<>();
        match.ifPresent(found -> {
            for (InstitutionRule unit : situation.selfAndAncestors(found.institution())) {
                for (String listCode : listCodes) {
                    ListMemberships.on(unit, listCode, edition, date)
                            .filter(m -> memberships.stream()
                                    .noneMatch(kept -> kept.listing().listCode().equals(listCode)))
                            .ifPresent(memberships::add);
                }
            }
        });
        String country = declaredCountry != null
                ? declaredCountry
                : match.map(m -> m.institution().country()).orElse(null);
        return new Organisation(name, match.orElse(null), country, List.copyOf(memberships));
    }

    Optional<Membership> on(List<String> listCodes) {
        return memberships.stream()
                .filter(m -> listCodes.contains(m.listing().listCode()))
                .findFirst();
    }

    String ruleId() {
        return match == null ? null : "institution/" + match.institution().id();
    }

    boolean inAnyOf(List<String> countries) {
        return country != null && countries.contains(country);
    }
}
