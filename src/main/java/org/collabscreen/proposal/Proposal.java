package org.collabscreen.proposal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.collabscreen.screening.Screening;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/** A stored proposal; researchers and funders are kept as JSON documents exactly as submitted. */
@Entity
@Table(name = "proposal")
class Proposal implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    private String reference;

    @Column(nullable = false, updatable = false)
    private String client;

    @Column(nullable = false)
    private String institution;

    @Column(nullable = false)
    private String country;

    @Column(name = "technology_area", nullable = false)
    private String technologyArea;

    private String title;

    private String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String researchers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "funding_sources", nullable = false)
    private String fundingSources;

    /** Null for proposals stored before funder verdicts existed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "framework_request")
    private String frameworkRequest;

    @Column(name = "latest_overall_risk")
    private String latestOverallRisk;

    @Column(name = "latest_screened_at")
    private Instant latestScreenedAt;

    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    @Transient
    private boolean isNew = true;

    protected Proposal() {}

    Proposal(
            UUID id,
            Instant createdAt,
            String client,
            ProposalRequest request,
            String researchersJson,
            String fundingSourcesJson,
            String frameworkRequestJson,
            Screening screening) {
        this.id = id;
        this.createdAt = createdAt;
        this.client = client;
        this.reference = request.reference();
        this.institution = request.institution();
        this.country = request.country();
        this.technologyArea = request.technologyArea();
        this.title = request.title();
        this.description = request.description();
        this.researchers = researchersJson;
        this.fundingSources = fundingSourcesJson;
        this.frameworkRequest = frameworkRequestJson;
        this.latestOverallRisk = screening.assessment().overallRisk().name();
        this.latestScreenedAt = screening.screenedAt();
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The client (organisation) whose API key submitted the proposal. */
    String client() {
        return client;
    }

    String reference() {
        return reference;
    }

    String institution() {
        return institution;
    }

    String country() {
        return country;
    }

    String technologyArea() {
        return technologyArea;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String latestOverallRisk() {
        return latestOverallRisk;
    }

    String researchersJson() {
        return researchers;
    }

    String fundingSourcesJson() {
        return fundingSources;
    }

    String frameworkRequestJson() {
        return frameworkRequest;
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
