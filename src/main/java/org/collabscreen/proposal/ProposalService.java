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
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.collabscreen.web.PageCursor;
import org.collabscreen.web.PageResponse;
import org.collabscreen.web.PageTotals;
import org.collabscreen.web.TotalKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
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

    private final ProposalRepository proposals;
    private final ProposalWriter writer;
    private final ProposalListQuery listQuery;
    private final ScreeningService screenings;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final FrameworkSelection frameworks;
    private final ObjectProvider<ProposalCases> cases;
    private final Clock clock = Clock.systemUTC();

    ProposalService(
            ProposalRepository proposals,
            ProposalWriter writer,
            ProposalListQuery listQuery,
            ScreeningService screenings,
            JsonMapper json,
            ApplicationEventPublisher events,
            FrameworkSelection frameworks,
            ObjectProvider<ProposalCases> cases) {
        this.cases = cases;
        this.proposals = proposals;
        this.writer = writer;
        this.listQuery = listQuery;
        this.screenings = screenings;
        this.json = json;
        this.events = events;
        this.frameworks = frameworks;
    }

    /**
     * Screens the request against the current rulebook before any transaction begins, so no lock or connection is
     * held while the engine runs; {@link #store} keeps the result.
     */
    ScreenedProposal screen(ProposalRequest request, Viewer submitter) {
        UUID id = UUID.randomUUID();
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        FrameworkRequest frameworkRequest = new FrameworkRequest(
                frameworks.resolve(request.frameworks()),
                request.decisionDate() == null ? today() : request.decisionDate(),
                request.hostCountry(),
                request.horizonFlaggedTopic(),
                request.partnerControlledFrom(),
                request.straSubcategory());
        Screening screening = screenings.assess(
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
        return new ScreenedProposal(id, createdAt, submitter.client(), request, frameworkRequest, screening);
    }

    /** Stores a screened proposal with its screening in one transaction: both or neither. */
    @Transactional
    ProposalResponse store(ScreenedProposal screened) {
        storePrepared(List.of(prepare(screened)));
        return response(screened);
    }

    /** The screened proposal reduced to its rows, for {@link #storePrepared}. */
    PreparedProposal prepare(ScreenedProposal screened) {
        return writer.prepare(screened, screenings.prepare(screened.screening()));
    }

    /** Stores prepared proposals with their screenings in one transaction, in JDBC batches: all or none. */
    @Transactional
    void storePrepared(List<PreparedProposal> prepared) {
        writer.insertAll(prepared);
        screenings.storeFirst(prepared.stream().map(PreparedProposal::screening).toList());
        events.publishEvent(new ProposalsSubmitted(prepared.stream()
                .map(proposal -> new ProposalSubmitted(
                        proposal.id(),
                        proposal.client(),
                        proposal.reference(),
                        proposal.screening().id(),
                        proposal.screening().overallRisk(),
                        proposal.screening().screenedAt()))
                .toList()));
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

    /**
     * A page of the list, newest first: after the cursor when there is one, else by page number (bounded, see
     * {@link PageTotals#MAX_OFFSET}). One row more than the page is read to know whether another page follows.
     */
    @Transactional(readOnly = true)
    PageResponse<ProposalResponse> list(ProposalFilter filter, Viewer viewer, PageCursor after, int page, int size) {
        if (after == null) {
            PageTotals.requireOffsetWithinBound(page, size);
        }
        List<UUID> ids = listQuery.ids(filter, viewer, after, after == null ? page * size : 0, size + 1);
        boolean more = ids.size() > size;
        List<UUID> pageIds = more ? ids.subList(0, size) : ids;
        Map<UUID, Proposal> byId =
                proposals.findAllById(pageIds).stream().collect(Collectors.toMap(Proposal::getId, Function.identity()));
        List<Proposal> found = pageIds.stream().map(byId::get).toList();
        Map<UUID, Screening> latest = screenings.latest(pageIds);
        PageTotals totals = after == null && page == 0 && !more
                ? new PageTotals(ids.size(), TotalKind.EXACT)
                : listQuery.total(filter, viewer);
        Proposal last = found.isEmpty() ? null : found.get(found.size() - 1);
        return new PageResponse<>(
                found.stream()
                        .map(proposal -> response(proposal, latest.get(proposal.getId())))
                        .toList(),
                page,
                size,
                totals.totalItems(),
                PageResponse.pagesFor(totals.totalItems(), size),
                more ? new PageCursor(last.createdAt(), last.getId()).encode() : null,
                totals.kind());
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

    /** A page of a proposal's screenings, how many it has in all, and the cursor of the next page if there is one. */
    record History(List<ScreeningResponse> screenings, long total, String nextCursor) {}

    /** The screenings of a proposal, newest first: the first {@code limit}, or the next ones after the cursor. */
    @Transactional(readOnly = true)
    History history(UUID id, Viewer viewer, PageCursor after, int limit) {
        find(id, viewer);
        List<Screening> found = after == null
                ? screenings.history(id, limit + 1)
                : screenings.historyAfter(id, after.at(), after.id(), limit + 1);
        boolean more = found.size() > limit;
        List<Screening> page = more ? found.subList(0, limit) : found;
        Screening last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new History(
                page.stream().map(ScreeningResponse::of).toList(),
                screenings.count(id),
                more ? new PageCursor(last.screenedAt(), last.id()).encode() : null);
    }

    private Proposal find(UUID id, Viewer viewer) {
        return visible(proposals.findById(id), id, viewer);
    }

    /** Another client's proposal is "not found" for a viewer limited to its own client: existence does not leak. */
    private static Proposal visible(Optional<Proposal> found, UUID id, Viewer viewer) {
        return found.filter(proposal -> viewer.sees(proposal.client()))
                .orElseThrow(() -> new NotFoundException("Proposal", id));
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

    /** What the API answers for a screened proposal; the same before and after it is stored. */
    static ProposalResponse response(ScreenedProposal screened) {
        ProposalRequest request = screened.request();
        return new ProposalResponse(
                screened.id(),
                screened.createdAt(),
                screened.client(),
                request.reference(),
                request.institution(),
                request.country(),
                request.technologyArea(),
                request.title(),
                request.description(),
                request.researchers(),
                request.fundingSources(),
                screened.frameworkRequest().frameworks(),
                screened.frameworkRequest().decisionDate(),
                screened.frameworkRequest().hostCountry(),
                screened.frameworkRequest().horizonFlaggedTopic(),
                screened.frameworkRequest().partnerControlledFrom(),
                screened.frameworkRequest().straSubcategory(),
                ScreeningResponse.of(screened.screening()),
                null);
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
