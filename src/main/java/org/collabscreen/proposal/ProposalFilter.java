package org.collabscreen.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.InvalidFieldException;
import org.springframework.data.jpa.domain.Specification;

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

    Specification<Proposal> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (overallRisk != null) {
                predicates.add(cb.equal(root.get("latestOverallRisk"), overallRisk.name()));
            }
            if (country != null) {
                predicates.add(cb.equal(root.get("country"), country));
            }
            if (reference != null) {
                predicates.add(cb.equal(root.get("reference"), reference));
            }
            if (from != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("createdAt"), from));
            }
            if (to != null) {
                predicates.add(cb.lessThan(root.get("createdAt"), to));
            }
            if (q != null) {
                String pattern = "%"
                        + q.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                predicates.add(cb.like(root.get("searchText"), pattern, '\\'));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
