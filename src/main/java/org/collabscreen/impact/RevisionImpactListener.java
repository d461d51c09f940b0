package org.collabscreen.impact;

import org.collabscreen.rulebook.RulebookRevised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Queues the change-impact job of a new rulebook revision in the revision's own transaction: both or neither. */
@Component
class RevisionImpactListener {

    private final ImpactJobs jobs;

    RevisionImpactListener(ImpactJobs jobs) {
        this.jobs = jobs;
    }

    @EventListener
    void on(RulebookRevised revised) {
        jobs.create(revised.revision());
    }
}
