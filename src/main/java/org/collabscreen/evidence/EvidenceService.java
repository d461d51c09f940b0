package org.collabscreen.evidence;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collabscreen.audit.AuditExcerpts;
import org.collabscreen.casework.CaseFiles;
import org.collabscreen.evidence.EvidencePack.ListEdition;
import org.collabscreen.evidence.EvidencePack.Signature;
import org.collabscreen.proposal.ProposalResponse;
import org.collabscreen.proposal.ScreeningResponse;
import org.collabscreen.proposal.StoredProposals;
import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.security.CurrentActor;
import org.collabscreen.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Assembles a proposal's evidence pack from one consistent snapshot of the database, and signs its JSON form. */
@Service
class EvidenceService {

    private static final int MAX_SCREENINGS = 100;

    private final StoredProposals proposals;
    private final CaseFiles cases;
    private final AuditExcerpts audit;
    private final RulebookSnapshots rulebook;
    private final CurrentActor actor;
    private final EvidenceSigner signer;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    EvidenceService(
            StoredProposals proposals,
            CaseFiles cases,
            AuditExcerpts audit,
            RulebookSnapshots rulebook,
            CurrentActor actor,
            EvidenceSigner signer,
            JsonMapper json) {
        this.proposals = proposals;
        this.cases = cases;
        this.audit = audit;
        this.rulebook = rulebook;
        this.actor = actor;
        this.signer = signer;
        this.json = json;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    EvidencePack assemble(UUID proposalId, Viewer viewer) {
        ProposalResponse proposal = proposals.view(proposalId, viewer);
        List<ScreeningResponse> screenings = new ArrayList<>(proposals.screenings(proposalId, viewer, MAX_SCREENINGS));
        Collections.reverse(screenings);
        Map<Integer, List<ListEdition>> editionsByRevision = new HashMap<>();
        List<String> proof = screenings.stream()
                .map(screening -> ProofOfSearch.of(
                        proposal.institution(),
                        screening,
                        editionsByRevision.computeIfAbsent(screening.rulebookRevision(), this::editionsAt)))
                .toList();
        int revision = proposal.screening() == null
                ? rulebook.current().revision()
                : proposal.screening().rulebookRevision();
        return new EvidencePack(
                EvidencePack.FORMAT,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor.name(),
                proposal,
                screenings,
                proof,
                revision,
                editionsByRevision.computeIfAbsent(revision, this::editionsAt),
                cases.of(proposalId, viewer),
                audit.about(proposalId.toString()),
                null);
    }

    /** The pack as signed JSON: the signature covers the canonical form of exactly this document without it. */
    ObjectNode signedJson(EvidencePack pack) {
        ObjectNode document = (ObjectNode) json.readTree(json.writeValueAsString(pack));
        document.remove("signature");
        String value = signer.sign(CanonicalJson.unsigned(document, json));
        document.set("signature", json.valueToTree(new Signature(EvidenceSigner.ALGORITHM, signer.keyId(), value)));
        return document;
    }

    private List<ListEdition> editionsAt(int revision) {
        return rulebook.asOf(revision).map(ListEditions::of).orElse(List.of());
    }
}
