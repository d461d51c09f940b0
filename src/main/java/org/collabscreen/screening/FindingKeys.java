package org.collabscreen.screening;

/** A finding's identity across screenings of one proposal: its rule and the input field it matched. */
public final class FindingKeys {

    private FindingKeys() {}

    public static String of(String ruleId, String field) {
        return ruleId + " @ " + (field == null ? "" : field);
    }

    public static String of(Finding finding) {
        return of(finding.ruleId(), finding.field());
    }
}
