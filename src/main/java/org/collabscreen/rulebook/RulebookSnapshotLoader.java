package org.collabscreen.rulebook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Rebuilds the rulebook as it stood at any revision from the versioned rules in PostgreSQL. */
@Component
class RulebookSnapshotLoader {

    private final JdbcClient jdbc;
    private final RuleDocuments documents;
    private final MatcherTimings timings;

    RulebookSnapshotLoader(JdbcClient jdbc, RuleDocuments documents, MatcherTimings timings) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.timings = timings;
    }

    int currentRevision() {
        return jdbc.sql("select coalesce(max(revision), 0) from rulebook_revision")
                .query(Integer.class)
                .single();
    }

    @Transactional(readOnly = true)
    RulebookSnapshot load() {
        int revision = currentRevision();
        return load(revision)
                .orElseThrow(() -> new IllegalStateException("Rulebook revision " + revision + " vanished"));
    }

    /** The rulebook as of a revision, or empty when there is no such revision. */
    @Transactional(readOnly = true)
    Optional<RulebookSnapshot> load(int revision) {
        return jdbc.sql("select changed_at from rulebook_revision where revision = :revision")
                .param("revision", revision)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional()
                .map(changedAt -> compile(revision, changedAt));
    }

    private RulebookSnapshot compile(int revision, Instant changedAt) {
        List<ScoringPolicy> policy = documents.asOf(RuleKind.SCORING_POLICY, revision, ScoringPolicy.class);
        if (policy.size() != 1) {
            throw new IllegalStateException("Rulebook revision " + revision + " has no scoring policy");
        }
        return new RulebookSnapshot(
                        revision,
                        changedAt,
                        documents.asOf(RuleKind.INSTITUTION, revision, InstitutionRule.class),
                        documents.asOf(RuleKind.TECHNOLOGY_CATEGORY, revision, TechnologyCategoryRule.class),
                        documents.asOf(RuleKind.TALENT_PROGRAMME, revision, TalentProgrammeRule.class),
                        documents.asOf(RuleKind.COUNTRY, revision, CountryRule.class),
                        policy.get(0),
                        documents.asOf(RuleKind.FRAMEWORK_EDITION, revision, FrameworkEditionRule.class))
                .timedBy(timings);
    }
}
