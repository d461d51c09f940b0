package org.collabscreen.proposal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collabscreen.proposal.ProposalRequest.FundingSourceRequest;
import org.collabscreen.proposal.ProposalRequest.ResearcherRequest;
import org.collabscreen.screening.Screening;
import org.collabscreen.screening.ScreeningService;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.web.NotFoundException;
import org.collabscreen.web.PageResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores proposals and has them screened, each in one transaction with its screening. */
@Service
class ProposalService {

    private static final TypeReference<List<ResearcherRequest>> RESEARCHERS = new TypeReference<>() {
    };
    private static final TypeReference<List<FundingSourceRequest>> FUNDING_SOURCES = new TypeReference<>() {
    };
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final ProposalRepository proposals;
    private final ScreeningService screenings;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    ProposalService(ProposalRepository proposals, ScreeningService screenings, JsonMapper json) {
        this.proposals = proposals;
        this.screenings = screenings;
        this.json = json;
    }

    @Transactional
    ProposalResponse submit(ProposalRequest request) {
        Proposal proposal = proposals.save(new Proposal(UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                request, json.writeValueAsString(request.researchers()),
                json.writeValueAsString(request.fundingSources())));
        return response(proposal, screen(proposal));
    }

    @Transactional(readOnly = true)
    ProposalResponse get(UUID id) {
        Proposal proposal = find(id);
        return response(proposal, screenings.latest(id).orElse(null));
    }

    @Transactional(readOnly = true)
    PageResponse<ProposalResponse> list(ProposalFilter filter, int page, int size) {
        Page<Proposal> found = proposals.findAll(filter.toSpecification(), PageRequest.of(page, size, NEWEST_FIRST));
        Map<UUID, Screening> latest = screenings.latest(found.map(Proposal::id).toList());
        return new PageResponse<>(found.map(proposal -> response(proposal, latest.get(proposal.id()))).toList(),
                page, size, found.getTotalElements(), found.getTotalPages());
    }

    @Transactional
    ScreeningResponse rescreen(UUID id) {
        return ScreeningResponse.of(screen(find(id)));
    }

    @Transactional(readOnly = true)
    List<ScreeningResponse> history(UUID id) {
        find(id);
        return screenings.history(id).stream().map(ScreeningResponse::of).toList();
    }

    private Screening screen(Proposal proposal) {
        Screening screening = screenings.screen(proposal.id(), subject(proposal));
        proposal.screened(screening);
        return screening;
    }

    private Proposal find(UUID id) {
        return proposals.findById(id).orElseThrow(() -> new NotFoundException("Proposal", id));
    }

    private ScreeningSubject subject(Proposal proposal) {
        return new ScreeningSubject(proposal.institution(), proposal.country(), proposal.technologyArea(),
                proposal.title(), proposal.description(),
                researchers(proposal).stream().map(r -> new ScreeningSubject.Researcher(r.name(), r.affiliations(),
                        r.talentProgrammes())).toList(),
                fundingSources(proposal).stream()
                        .map(f -> new ScreeningSubject.FundingSource(f.name(), f.country())).toList());
    }

    private List<ResearcherRequest> researchers(Proposal proposal) {
        return json.readValue(proposal.researchersJson(), RESEARCHERS);
    }

    private List<FundingSourceRequest> fundingSources(Proposal proposal) {
        return json.readValue(proposal.fundingSourcesJson(), FUNDING_SOURCES);
    }

    private ProposalResponse response(Proposal proposal, Screening screening) {
        return new ProposalResponse(proposal.id(), proposal.createdAt(), proposal.reference(), proposal.institution(),
                proposal.country(), proposal.technologyArea(), proposal.title(), proposal.description(),
                researchers(proposal), fundingSources(proposal),
                screening == null ? null : ScreeningResponse.of(screening));
    }
}
