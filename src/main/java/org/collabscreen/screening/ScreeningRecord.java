package org.collabscreen.screening;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/** One screening row; the assessment is kept whole as a JSON document. */
@Entity
@Table(name = "screening")
class ScreeningRecord implements Persistable<UUID> {

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "assessment", nullable = false)
    private String assessment;

    /** How reviewers' dispositions applied; null when none was recorded. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dispositions")
    private String dispositions;

    @Transient
    private boolean isNew = true;

    protected ScreeningRecord() {}

    ScreeningRecord(
            UUID id,
            UUID proposalId,
            Instant screenedAt,
            Assessment assessment,
            String assessmentJson,
            String dispositionsJson,
            boolean reproduction) {
        this.id = id;
        this.proposalId = proposalId;
        this.screenedAt = screenedAt;
        this.rulebookRevision = assessment.rulebookRevision();
        this.overallRisk = assessment.overallRisk().name();
        this.dualUseScore = assessment.dualUse().score();
        this.talentProgrammeScore = assessment.talentProgramme().score();
        this.assessment = assessmentJson;
        this.dispositions = dispositionsJson;
        this.reproduction = reproduction;
    }

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

    @Override
    public UUID getId() {
        return id;
    }

    /** Ids are assigned here, so tell Spring Data a new row is new and spare it a SELECT before the INSERT. */
    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        isNew = false;
    }
}
