package org.collabscreen.casework;

import java.util.Set;

import org.collabscreen.vocabulary.RiskLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Review rules.
 *
 * @param fourEyesLevels the overall risks whose decision needs a second principal's approval
 */
@ConfigurationProperties("collabscreen.review")
record ReviewProperties(@DefaultValue({"HIGH", "CRITICAL"}) Set<RiskLevel> fourEyesLevels) {

    ReviewProperties {
        fourEyesLevels = Set.copyOf(fourEyesLevels);
    }
}
