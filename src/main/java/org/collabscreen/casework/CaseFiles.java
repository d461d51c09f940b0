package org.collabscreen.casework;

import java.util.List;
import java.util.UUID;

import org.collabscreen.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A proposal's whole review record, for evidence packs: its case, every disposition and every decision. */
@Service
public class CaseFiles {

    private final Cases cases;
    private final Dispositions dispositions;
    private final DecisionStore decisions;

    CaseFiles(Cases cases, Dispositions dispositions, DecisionStore decisions) {
        this.cases = cases;
        this.dispositions = dispositions;
        this.decisions = decisions;
    }

    /** The review record of a proposal the viewer may see; dispositions and decisions oldest first. */
    public record CaseFile(
            CaseResponse reviewCase, List<DispositionResponse> dispositions, List<DecisionResponse> decisions) {

        public CaseFile {
            dispositions = List.copyOf(dispositions);
            decisions = List.copyOf(decisions);
        }
    }

    @Transactional(readOnly = true)
    public CaseFile of(UUID proposalId, Viewer viewer) {
        CaseResponse reviewCase = cases.visible(proposalId, viewer);
        return new CaseFile(reviewCase, dispositions.of(proposalId), decisions.of(proposalId, reviewCase.decisionId()));
    }
}
