package org.collabscreen.proposal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 *
 * <p>A batch of a thousand must not keep a thousand screenings alive on the heap for the second it takes (they would be
 * promoted to the old generation and fill it, and its full collections stall every other request). So each item is
 * reduced as soon as it is screened to its answer ({@link BatchAnswer}) and its rows ({@link PreparedProposal}), both
 * kept in {@link SpillFile}s, and the rows are read back and stored a slice at a time.
 */
@Service
class ProposalBatchService {

    /** Items screened at once, in parallel: their screenings are let go once reduced to answer and rows. */
    private static final int SCREENED_TOGETHER = 32;

    /** Rows per JDBC batch: each slice's rows are let go once sent. */
    private static final int SLICE = 100;

    private final ProposalService proposals;
    private final BatchPacing pacing;

    ProposalBatchService(ProposalService proposals, BatchPacing pacing) {
        this.proposals = proposals;
        this.pacing = pacing;
    }

    /** A batch screened and not yet stored: its rows, spilled, and its answer, already written. */
    record ScreenedBatch(SpillFile rows, int count, BatchAnswer answer) implements Closeable {

        @Override
        public void close() {
            rows.close();
        }
    }

    /**
     * Screens the items a slice at a time, each slice's items in parallel (the engine is pure and its snapshot
     * immutable) unless single POSTs are in flight ({@link BatchPacing}), and reduces them in order to their answer and
     * rows.
     */
    ScreenedBatch screen(List<Item> items, Viewer submitter, BatchAnswer answer) {
        SpillFile rows = new SpillFile("collabscreen-batch-rows-");
        try {
            int count = 0;
            for (int from = 0; from < items.size(); from += SCREENED_TOGETHER) {
                List<Item> slice = items.subList(from, Math.min(from + SCREENED_TOGETHER, items.size()));
                long started = System.nanoTime();
                List<Reduced> reduced = (pacing.beside() ? slice.stream() : slice.parallelStream())
                        .map(item ->
                                item.request() == null ? null : reduce(proposals.screen(item.request(), submitter)))
                        .toList();
                pacing.after(System.nanoTime() - started);
                for (int i = 0; i < slice.size(); i++) {
                    Item item = slice.get(i);
                    if (item.request() == null) {
                        answer.add(BatchResult.rejected(item.index(), item.errors()));
                    } else {
                        answer.add(
                                BatchResult.created(item.index(), reduced.get(i).response()));
                        rows.output().write(reduced.get(i).rows());
                        count++;
                    }
                }
            }
            return new ScreenedBatch(rows, count, answer);
        } catch (IOException e) {
            rows.close();
            throw SpillFile.unavailable(e);
        } catch (RuntimeException | Error e) {
            rows.close();
            throw e;
        }
    }

    /** What a batch keeps of a screened item: its answer and its rows, already written. */
    private record Reduced(ProposalResponse response, byte[] rows) {}

    private Reduced reduce(ScreenedProposal screened) {
        ByteArrayOutputStream row = new ByteArrayOutputStream(16 * 1024);
        PreparedRows.write(proposals.prepare(screened), new DataOutputStream(row));
        return new Reduced(ProposalService.response(screened), row.toByteArray());
    }

    /** Stores the screened items, all or none, and gives the answer, one result per item in order. */
    @Transactional
    BatchAnswer store(ScreenedBatch batch) {
        try (InputStream in = new BufferedInputStream(batch.rows().input(), 64 * 1024)) {
            PreparedRows.Reader rows = new PreparedRows.Reader(in);
            List<PreparedProposal> slice = new ArrayList<>(SLICE);
            int stored = 0;
            for (PreparedProposal row = rows.next(); row != null; row = rows.next()) {
                slice.add(row);
                if (slice.size() == SLICE) {
                    proposals.storePrepared(slice);
                    stored += slice.size();
                    slice = new ArrayList<>(SLICE);
                }
            }
            if (!slice.isEmpty()) {
                proposals.storePrepared(slice);
                stored += slice.size();
            }
            if (stored != batch.count()) {
                throw new IllegalStateException("Read back " + stored + " of " + batch.count() + " screened items");
            }
        } catch (IOException e) {
            throw SpillFile.unavailable(e);
        }
        return batch.answer();
    }
}
