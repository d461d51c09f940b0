package org.collabscreen.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.collabscreen.screening.RiskLevel;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the proposal list; each is backed by an index (text search by a trigram index). */
record ProposalFilter(RiskLevel overallRisk, String country, String reference, String q, Instant from, Instant to) {

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
            if (q != null && !q.isBlank()) {
                String pattern = "%" + q.strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.like(root.get("searchText"), pattern, '\\'));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
