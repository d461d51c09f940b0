package org.collabscreen.proposal;

import java.util.UUID;

/**
 * Where a proposal stands in insertion order: the id of the transaction that inserted it (PostgreSQL's {@code xid8},
 * as text) and, among proposals of one transaction, its own id.
 */
public record InsertPosition(String transactionId, UUID proposalId) {

    /** Before every proposal. */
    public static final InsertPosition START = new InsertPosition("0", new UUID(0, 0));
}
