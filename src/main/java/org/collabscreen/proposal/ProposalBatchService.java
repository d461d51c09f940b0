package org.collabscreen.proposal;

import java.util.ArrayList;
import java.util.List;

import org.collabscreen.proposal.BatchItems.Item;
import org.collabscreen.proposal.BatchResponse.BatchResult;
import org.collabscreen.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Screens and stores the valid items of a batch in one transaction; the invalid ones get their own problem. */
@Service
class ProposalBatchService {

    private final ProposalService proposals;

    ProposalBatchService(ProposalService proposals) {
        this.proposals = proposals;
    }

    /** Inserts go out in JDBC batches when the transaction flushes (hibernate.jdbc.batch_size, order_inserts). */
    @Transactional
    BatchResponse submit(List<Item> items, Viewer submitter) {
        List<BatchResult> results = new ArrayList<>(items.size());
        for (Item item : items) {
            results.add(
                    item.request() == null
                            ? BatchResult.rejected(item.index(), item.errors())
                            : BatchResult.created(item.index(), proposals.submit(item.request(), submitter)));
        }
        return BatchResponse.of(results);
    }
}
