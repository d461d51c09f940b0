package org.collabscreen.proposal;

import java.time.Instant;

import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.InvalidFieldException;

/** Filters of the proposal list; each is backed by an index (text search by a trigram index). */
record ProposalFilter(RiskLevel overallRisk, String country, String reference, String q, Instant from, Instant to) {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    ProposalFilter {
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        q = q == null || q.isBlank() ? null : q.strip();
        requireSupported("from", from);
        requireSupported("to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidFieldException("from", "must not be after 'to'");
        }
    }

    private static void requireSupported(String field, Instant instant) {
        if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
            throw new InvalidFieldException(field, "must be between years 0001 and 9999");
        }
    }
}
