package org.collabscreen.screening;

import org.collabscreen.vocabulary.RiskLevel;
import java.util.List;

/** A combination rule that raised the overall risk above both risk levels. */
public record Escalation(String ruleId, String title, RiskLevel raisedTo, List<FindingSource> sources) {

    public Escalation {
        sources = List.copyOf(sources);
    }
}
