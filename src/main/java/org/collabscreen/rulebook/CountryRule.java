package org.collabscreen.rulebook;

import java.util.List;

/** A country of concern with each public basis for that designation. */
public record CountryRule(String code, String name, List<Designation> designations) {

    public CountryRule {
        designations = List.copyOf(designations);
    }

    /** One public basis for treating a country as of concern. */
    public record Designation(String basis, RuleSource source) {}
}
