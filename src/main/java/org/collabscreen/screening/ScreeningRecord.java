package org.collabscreen.screening;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One screening row, as read; the assessment is kept whole as a JSON document. {@link ScreeningWriter} writes them. */
@Entity
@Immutable
@Table(name = "screening")
class ScreeningRecord {

    @Id
    private UUID id;

    @Column(name = "proposal_id", nullable = false)
    private UUID proposalId;

    @Column(name = "screened_at", nullable = false)
    private Instant screenedAt;

    @Column(name = "rulebook_revision", nullable = false)
    private int rulebookRevision;

    @Column(name = "overall_risk", nullable = false)
    private String overallRisk;

    @Column(name = "dual_use_score", nullable = false)
    private int dualUseScore;

    @Column(name = "talent_programme_score", nullable = false)
    private int talentProgrammeScore;

    @Column(nullable = false)
    private boolean reproduction;

    /** The assessment's JSON, stored as text (V19): written and read only by the service. */
    @Column(name = "assessment", nullable = false)
    private String assessment;

    /** How reviewers' dispositions applied; null when none was recorded. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dispositions")
    private String dispositions;

    protected ScreeningRecord() {}

    boolean reproduction() {
        return reproduction;
    }

    UUID proposalId() {
        return proposalId;
    }

    Instant screenedAt() {
        return screenedAt;
    }

    String assessmentJson() {
        return assessment;
    }

    String dispositionsJson() {
        return dispositions;
    }

    UUID getId() {
        return id;
    }
}
