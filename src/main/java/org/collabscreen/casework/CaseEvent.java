package org.collabscreen.casework;

import java.util.UUID;

/** A change to a proposal's review case; each is published in its transaction and recorded in the audit trail. */
public interface CaseEvent {

    /** The audit action, e.g. {@code DECISION_RECORDED}. */
    String action();

    UUID proposalId();
}
