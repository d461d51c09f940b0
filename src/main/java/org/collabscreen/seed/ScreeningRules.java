package org.collabscreen.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The framework rules of screening_rules.csv, used as the cited source of parameters, rules and mitigations. */
final class ScreeningRules {

    /** A rule's framework name and first address. */
    record Source(String name, String url) {}

    private final Map<String, Source> byId = new LinkedHashMap<>();

    ScreeningRules(List<CsvRow> rows) {
        for (CsvRow row : rows) {
            byId.put(row.get("rule_id"), new Source(SourceText.name(row.get("framework")), row.firstUrl("source_url")));
        }
    }

    static ScreeningRules load() {
        return new ScreeningRules(CsvTable.read("screening_rules.csv"));
    }

    /** The source of a rule id; fails loudly when the id is not in the file. */
    Source source(String ruleId) {
        Source source = byId.get(ruleId);
        if (source == null) {
            throw new IllegalStateException("Unknown screening rule " + ruleId);
        }
        return source;
    }
}
