package org.collabscreen.audit;

import java.util.List;
import java.util.UUID;

import org.collabscreen.casework.CaseEvent;
import org.collabscreen.rulebook.ListEditionImported;
import org.collabscreen.rulebook.RuleChanged;
import org.collabscreen.screening.ScreeningCompleted;
import org.collabscreen.security.ApiKeyCreated;
import org.collabscreen.security.ApiKeyRevoked;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.webhook.WebhookRegistered;
import org.collabscreen.webhook.WebhookRemoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every audited action reaches the trail as an event of the module that acted, handled in the transaction that
 * publishes it, so an action and its audit event commit together. Events keep the dependency one way: the audit
 * module knows what it records, and no module needs the audit module (which needs security for the actor).
 */
@Component
class AuditedEvents {

    private final AuditTrail audit;

    AuditedEvents(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ScreeningCompleted screening) {
        audit.record(new AuditEntry(
                "SCREENING_COMPLETED",
                "PROPOSAL",
                screening.proposalId().toString(),
                null,
                new Screened(
                        screening.screeningId(),
                        screening.rulebookRevision(),
                        screening.overallRisk(),
                        screening.dualUseScore(),
                        screening.talentProgrammeScore(),
                        screening.reproduction())));
    }

    @EventListener
    void on(CaseEvent change) {
        audit.record(new AuditEntry(change.action(), "CASE", change.proposalId().toString(), null, change));
    }

    @EventListener
    void on(RuleChanged change) {
        audit.record(new AuditEntry(change.action(), change.ruleKind(), change.key(), change.before(), change.after()));
    }

    @EventListener
    void on(ListEditionImported imported) {
        audit.record(new AuditEntry(
                "RULEBOOK_IMPORTED",
                "WATCH_LIST",
                imported.list(),
                null,
                new Imported(
                        imported.revision(),
                        imported.summary(),
                        imported.added(),
                        imported.changed(),
                        imported.retired())));
    }

    @EventListener
    void on(ApiKeyCreated created) {
        audit.record(
                new AuditEntry("API_KEY_CREATED", "API_KEY", created.keyId().toString(), null, created));
    }

    @EventListener
    void on(WebhookRegistered registered) {
        audit.record(new AuditEntry(
                "WEBHOOK_REGISTERED", "WEBHOOK", registered.webhookId().toString(), null, registered));
    }

    @EventListener
    void on(WebhookRemoved removed) {
        audit.record(
                new AuditEntry("WEBHOOK_REMOVED", "WEBHOOK", removed.webhookId().toString(), removed, null));
    }

    @EventListener
    void on(ApiKeyRevoked revoked) {
        audit.record(
                new AuditEntry("API_KEY_REVOKED", "API_KEY", revoked.keyId().toString(), null, revoked));
    }

    /** What the trail keeps of a screening; the whole assessment stays in the screening itself. */
    private record Screened(
            UUID screeningId,
            int rulebookRevision,
            RiskLevel overallRisk,
            int dualUseScore,
            int talentProgrammeScore,
            boolean reproduction) {}

    /** What the trail keeps of an import; the revision's diff has the rules themselves. */
    private record Imported(int revision, String summary, List<UUID> added, List<UUID> changed, List<UUID> retired) {}
}
