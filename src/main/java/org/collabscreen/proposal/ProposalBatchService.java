package org.collabscreen.proposal;

import java.util.ArrayList;
import java.util.List;

import org.collabscreen.proposal.BatchItems.Item;
import org.collabscreen.proposal.BatchResponse.BatchResult;
import org.collabscreen.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A batch in two steps: every valid item is screened first, outside any transaction or lock; then all of them are
 * stored in one short transaction, in JDBC batches. The invalid items get their own problem.
 */
@Service
class ProposalBatchService {

    private final ProposalService proposals;

    ProposalBatchService(ProposalService proposals) {
        this.proposals = proposals;
    }

    /** A batch screened and not yet stored: each item screened, or the problems that kept it from being screened. */
    record ScreenedBatch(List<Item> items, List<ScreenedProposal> screened) {}

    ScreenedBatch screen(List<Item> items, Viewer submitter) {
        List<ScreenedProposal> screened = new ArrayList<>(items.size());
        for (Item item : items) {
            if (item.request() != null) {
                screened.add(proposals.screen(item.request(), submitter));
            }
        }
        return new ScreenedBatch(items, screened);
    }

    /** Stores the screened items, all or none, and answers one result per item in order. */
    @Transactional
    BatchResponse store(ScreenedBatch batch) {
        List<ProposalResponse> stored = proposals.storeAll(batch.screened());
        List<BatchResult> results = new ArrayList<>(batch.items().size());
        int next = 0;
        for (Item item : batch.items()) {
            results.add(
                    item.request() == null
                            ? BatchResult.rejected(item.index(), item.errors())
                            : BatchResult.created(item.index(), stored.get(next++)));
        }
        return BatchResponse.of(results);
    }
}
