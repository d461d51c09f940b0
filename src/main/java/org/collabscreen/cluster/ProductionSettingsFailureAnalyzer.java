package org.collabscreen.cluster;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Names every setting production mode lacks, and how to set it. */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsMissingException cause) {
        String why = "CollabScreen runs in production mode (collabscreen.production=true, or"
                + " COLLABSCREEN_PRODUCTION=true), where it never starts an embedded PostgreSQL or generates keys"
                + " of its own, and these settings are missing:\n"
                + cause.missing().stream()
                        .map(requirement -> "    - " + requirement.what() + " ("
                                + String.join(" or ", requirement.properties()) + ")")
                        .collect(Collectors.joining("\n"));
        String action = "Set, with the same values on every instance (docs/deployment.md):\n"
                + cause.missing().stream()
                        .map(requirement -> "    " + requirement.howToSet())
                        .collect(Collectors.joining("\n"));
        return new FailureAnalysis(why, action, cause);
    }
}
