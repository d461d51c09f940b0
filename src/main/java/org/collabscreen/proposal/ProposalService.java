package org.collabscreen.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.collabscreen.framework.FrameworkFacts;
import org.collabscreen.framework.FrameworkSelection;
import org.collabscreen.framework.Tie;
import org.collabscreen.proposal.ProposalRequest.FundingSourceRequest;
import org.collabscreen.proposal.ProposalRequest.ResearcherRequest;
import org.collabscreen.screening.Screening;
import org.collabscreen.screening.ScreeningService;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.security.Viewer;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.NotFoundException;
import org.collabscreen.web.PageResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores proposals and has them screened, each in one transaction with its screening. */
@Service
class ProposalService {

    private static final TypeReference<List<ResearcherRequest>> RESEARCHERS = new TypeReference<>() {};
    private static final TypeReference<List<FundingSourceRequest>> FUNDING_SOURCES = new TypeReference<>() {};
    /**
     * Reads what was stored as it was stored: the request mapper's input checks, which may have grown stricter since,
     * must not make an old proposal unreadable.
     */
    private static final JsonMapper STORED = JsonMapper.builder().build();

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final ProposalRepository proposals;
    private final ScreeningService screenings;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final FrameworkSelection frameworks;
    private final ObjectProvider<ProposalCases> cases;
    private final Clock clock = Clock.systemUTC();

    ProposalService(
            ProposalRepository proposals,
            ScreeningService screenings,
            JsonMapper json,
            ApplicationEventPublisher events,
            FrameworkSelection frameworks,
            ObjectProvider<ProposalCases> cases) {
        this.cases = cases;
        this.proposals = proposals;
        this.screenings = screenings;
        this.json = json;
        this.events = events;
        this.frameworks = frameworks;
    }

    /** Screens the proposal and stores it with its screening in one transaction: both or neither. */
    @Transactional
    ProposalResponse submit(ProposalRequest request, Viewer submitter) {
        UUID id = UUID.randomUUID();
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        FrameworkRequest frameworkRequest = new FrameworkRequest(
                frameworks.resolve(request.frameworks()),
                request.decisionDate() == null ? today() : request.decisionDate(),
                request.hostCountry(),
                request.horizonFlaggedTopic(),
                request.partnerControlledFrom(),
                request.straSubcategory());
        Screening screening = screenings.screen(
                id,
                subject(
                        request.institution(),
                        request.country(),
                        request.technologyArea(),
                        request.title(),
                        request.description(),
                        request.researchers(),
                        request.fundingSources(),
                        frameworkRequest));
        Proposal proposal = proposals.save(new Proposal(
                id,
                createdAt,
                submitter.client(),
                request,
                json.writeValueAsString(request.researchers()),
                json.writeValueAsString(request.fundingSources()),
                json.writeValueAsString(frameworkRequest),
                screening));
        events.publishEvent(new ProposalSubmitted(
                id,
                submitter.client(),
                request.reference(),
                screening.id(),
                screening.assessment().overallRisk(),
                screening.screenedAt()));
        return response(proposal, request.researchers(), request.fundingSources(), frameworkRequest, screening);
    }

    /** The proposal with its latest screening and its review case. */
    @Transactional(readOnly = true)
    ProposalResponse get(UUID id, Viewer viewer) {
        Proposal proposal = find(id, viewer);
        ProposalCase review = cases.stream()
                .flatMap(source -> source.caseOf(id).stream())
                .findFirst()
                .orElse(null);
        return response(proposal, screenings.latest(id).orElse(null)).withCase(review);
    }

    @Transactional(readOnly = true)
    PageResponse<ProposalResponse> list(ProposalFilter filter, Viewer viewer, int page, int size) {
        Page<Proposal> found = proposals.findAll(
                filter.toSpecification().and(visibleTo(viewer)), PageRequest.of(page, size, NEWEST_FIRST));
        Map<UUID, Screening> latest =
                screenings.latest(found.map(Proposal::getId).toList());
        return new PageResponse<>(
                found.map(proposal -> response(proposal, latest.get(proposal.getId())))
                        .toList(),
                page,
                size,
                found.getTotalElements(),
                found.getTotalPages());
    }

    /**
     * The one re-screen path, on request or after a rulebook change: a new screening against the current rulebook,
     * and {@link ProposalRiskChanged} in the same transaction when the overall risk differs from the proposal's latest.
     */
    @Transactional
    ScreeningResponse rescreen(UUID id, Viewer viewer) {
        Proposal proposal = visible(proposals.findForRescreen(id), id, viewer);
        RiskLevel previous =
                proposal.latestOverallRisk() == null ? null : RiskLevel.valueOf(proposal.latestOverallRisk());
        Screening screening = screenings.rescreen(id, subject(proposal));
        RiskLevel current = screening.assessment().overallRisk();
        proposals.recordLatestScreening(id, current.name(), screening.screenedAt());
        if (current != previous) {
            events.publishEvent(new ProposalRiskChanged(
                    id,
                    proposal.reference(),
                    proposal.client(),
                    previous,
                    current,
                    screening.id(),
                    screening.assessment().rulebookRevision(),
                    screening.screenedAt()));
        }
        return ScreeningResponse.of(screening);
    }

    /**
     * Screens the proposal against the rulebook as it stood at a past revision, to reproduce an earlier decision. The
     * reproduction joins the history but leaves the proposal's latest screening and risk as they are.
     */
    @Transactional
    ScreeningResponse reproduce(UUID id, Viewer viewer, int revision) {
        Proposal proposal = find(id, viewer);
        return ScreeningResponse.of(screenings.reproduceAsOf(id, subject(proposal), revision));
    }

    /** What the proposal is screened on, as stored. */
    ScreeningSubject subject(Proposal proposal) {
        return subject(
                proposal.institution(),
                proposal.country(),
                proposal.technologyArea(),
                proposal.title(),
                proposal.description(),
                researchers(proposal),
                fundingSources(proposal),
                frameworkRequest(proposal));
    }

    /** The newest screenings of a proposal, and how many it has in all. */
    record History(List<ScreeningResponse> screenings, long total) {}

    @Transactional(readOnly = true)
    History history(UUID id, Viewer viewer, int limit) {
        find(id, viewer);
        return new History(
                screenings.history(id, limit).stream()
                        .map(ScreeningResponse::of)
                        .toList(),
                screenings.count(id));
    }

    private Proposal find(UUID id, Viewer viewer) {
        return visible(proposals.findById(id), id, viewer);
    }

    /** Another client's proposal is "not found" for a viewer limited to its own client: existence does not leak. */
    private static Proposal visible(Optional<Proposal> found, UUID id, Viewer viewer) {
        return found.filter(proposal -> viewer.sees(proposal.client()))
                .orElseThrow(() -> new NotFoundException("Proposal", id));
    }

    private static Specification<Proposal> visibleTo(Viewer viewer) {
        return (root, query, cb) ->
                viewer.seesEveryClient() ? cb.conjunction() : cb.equal(root.get("client"), viewer.client());
    }

    private static ScreeningSubject subject(
            String institution,
            String country,
            String technologyArea,
            String title,
            String description,
            List<ResearcherRequest> researchers,
            List<FundingSourceRequest> fundingSources,
            FrameworkRequest frameworkRequest) {
        FrameworkFacts facts = new FrameworkFacts(
                frameworkRequest.frameworks(),
                frameworkRequest.decisionDate(),
                institution,
                country,
                technologyArea,
                title,
                description,
                researchers.stream()
                        .map(r -> new FrameworkFacts.Researcher(
                                r.name(),
                                r.role(),
                                ties(r.affiliations()),
                                ties(r.talentProgrammes()),
                                ties(r.support()),
                                r.nationality(),
                                r.subjectCode(),
                                r.visaRoute()))
                        .toList(),
                fundingSources.stream()
                        .map(f -> new FrameworkFacts.Funder(f.name(), f.country()))
                        .toList(),
                frameworkRequest.hostCountry(),
                frameworkRequest.horizonFlaggedTopic(),
                frameworkRequest.partnerControlledFrom(),
                frameworkRequest.straSubcategory());
        return new ScreeningSubject(
                institution,
                country,
                technologyArea,
                title,
                description,
                researchers.stream()
                        .map(r -> new ScreeningSubject.Researcher(
                                r.name(), names(r.affiliations()), names(r.talentProgrammes())))
                        .toList(),
                fundingSources.stream()
                        .map(f -> new ScreeningSubject.FundingSource(f.name(), f.country()))
                        .toList(),
                facts);
    }

    private static List<Tie> ties(List<TieRequest> ties) {
        return ties.stream().map(TieRequest::toTie).toList();
    }

    /** What the engine screens of each tie: its name, as before ties could carry dates. */
    private static List<String> names(List<TieRequest> ties) {
        return ties.stream().map(TieRequest::name).toList();
    }

    /** As stored; for a proposal stored before verdicts existed, the default frameworks as of today. */
    private FrameworkRequest frameworkRequest(Proposal proposal) {
        return proposal.frameworkRequestJson() == null
                ? new FrameworkRequest(frameworks.resolve(null), today(), null, null, null, null)
                : STORED.readValue(proposal.frameworkRequestJson(), FrameworkRequest.class);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private List<ResearcherRequest> researchers(Proposal proposal) {
        return STORED.readValue(proposal.researchersJson(), RESEARCHERS);
    }

    private List<FundingSourceRequest> fundingSources(Proposal proposal) {
        return STORED.readValue(proposal.fundingSourcesJson(), FUNDING_SOURCES);
    }

    private ProposalResponse response(Proposal proposal, Screening screening) {
        return response(
                proposal,
                researchers(proposal),
                fundingSources(proposal),
                proposal.frameworkRequestJson() == null
                        ? null
                        : STORED.readValue(proposal.frameworkRequestJson(), FrameworkRequest.class),
                screening);
    }

    private static ProposalResponse response(
            Proposal proposal,
            List<ResearcherRequest> researchers,
            List<FundingSourceRequest> fundingSources,
            FrameworkRequest frameworkRequest,
            Screening screening) {
        FrameworkRequest facts = frameworkRequest == null
                ? new FrameworkRequest(List.of(), null, null, null, null, null)
                : frameworkRequest;
        return new ProposalResponse(
                proposal.getId(),
                proposal.createdAt(),
                proposal.client(),
                proposal.reference(),
                proposal.institution(),
                proposal.country(),
                proposal.technologyArea(),
                proposal.title(),
                proposal.description(),
                researchers,
                fundingSources,
                facts.frameworks(),
                facts.decisionDate(),
                facts.hostCountry(),
                facts.horizonFlaggedTopic(),
                facts.partnerControlledFrom(),
                facts.straSubcategory(),
                screening == null ? null : ScreeningResponse.of(screening),
                null);
    }
}
