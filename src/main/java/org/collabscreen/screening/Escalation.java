package org.collabscreen.screening;

import java.util.List;

import org.collabscreen.vocabulary.RiskLevel;

/** A combination rule that raised the overall risk above both risk levels. */
public record Escalation(String ruleId, String title, RiskLevel raisedTo, List<FindingSource> sources) {

    public Escalation {
        sources = List.copyOf(sources);
    }
}
