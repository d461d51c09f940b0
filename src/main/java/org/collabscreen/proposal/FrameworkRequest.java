package org.collabscreen.proposal;

import java.time.LocalDate;
import java.util.List;

import org.collabscreen.framework.FrameworkCode;

/**
 * The proposal-level facts the funder verdicts need, as stored with the proposal: the frameworks and decision date
 * as resolved when it was submitted (so a re-screen judges the same question), and the framework-specific facts.
 */
record FrameworkRequest(
        List<FrameworkCode> frameworks,
        LocalDate decisionDate,
        String hostCountry,
        Boolean horizonFlaggedTopic,
        String partnerControlledFrom,
        String straSubcategory) {

    FrameworkRequest {
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    }
}
