package org.collabscreen.rulebook;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.collabscreen.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, replaces and retires single rules. Each change is exactly one revision, announced in its transaction;
 * replacing and retiring require the ETag the editor read, so two editors never overwrite each other.
 */
@Service
class RuleEditor {

    private final RuleDocuments documents;
    private final RulebookRevisions revisions;
    private final ApplicationEventPublisher events;

    RuleEditor(RuleDocuments documents, RulebookRevisions revisions, ApplicationEventPublisher events) {
        this.documents = documents;
        this.revisions = revisions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    <T> StoredRule<T> get(RuleKind kind, String key, Class<T> type) {
        return documents.current(kind, key, type).orElseThrow(() -> new NotFoundException(kind.label(), key));
    }

    @Transactional
    <T> StoredRule<T> create(RuleKind kind, String key, String sortKey, T rule) {
        revisions.lock();
        Optional<StoredRule<T>> existing = documents.current(kind, key, typeOf(rule));
        if (existing.isPresent() && !existing.get().retired()) {
            throw RuleConflictException.alreadyExists(kind, key);
        }
        return write(
                kind,
                key,
                sortKey,
                rule,
                "RULE_CREATED",
                "Created",
                existing.map(StoredRule::rule).orElse(null));
    }

    /** Replaces the rule; restores it if it was retired. An identical rule is no change and makes no revision. */
    @Transactional
    <T> StoredRule<T> replace(RuleKind kind, String key, String ifMatch, String sortKey, T rule) {
        revisions.lock();
        StoredRule<T> current = matching(kind, key, ifMatch, typeOf(rule));
        if (!current.retired() && current.rule().equals(rule)) {
            return current;
        }
        return write(kind, key, sortKey, rule, "RULE_UPDATED", "Updated", current.rule());
    }

    /** Retires the rule: it no longer matches, and stays readable so past screenings remain explainable. */
    @Transactional
    <T> StoredRule<T> retire(RuleKind kind, String key, String ifMatch, Class<T> type) {
        revisions.lock();
        StoredRule<T> current = matching(kind, key, ifMatch, type);
        if (current.retired()) {
            throw RuleConflictException.alreadyRetired(kind, key);
        }
        String summary = "Retired " + kind.label().toLowerCase(Locale.ROOT) + " " + key;
        int revision = revisions.open(summary);
        documents.retire(kind, key, revision);
        return recorded(
                new StoredRule<>(kind, key, revision, true, current.rule()), "RULE_RETIRED", current.rule(), summary);
    }

    private <T> StoredRule<T> matching(RuleKind kind, String key, String ifMatch, Class<T> type) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw RuleConflictException.ifMatchMissing();
        }
        StoredRule<T> current =
                documents.current(kind, key, type).orElseThrow(() -> new NotFoundException(kind.label(), key));
        if (!EntityTags.matches(ifMatch, current.etag())) {
            throw RuleConflictException.stale(current);
        }
        return current;
    }

    private <T> StoredRule<T> write(
            RuleKind kind, String key, String sortKey, T rule, String action, String verb, T before) {
        String summary = verb + " " + kind.label().toLowerCase(Locale.ROOT) + " " + sortKey;
        int revision = revisions.open(summary);
        documents.write(kind, key, sortKey, rule, revision);
        return recorded(new StoredRule<>(kind, key, revision, false, rule), action, before, summary);
    }

    private <T> StoredRule<T> recorded(StoredRule<T> stored, String action, T before, String summary) {
        events.publishEvent(new RuleChanged(
                action, stored.kind().name(), stored.key(), before, stored.retired() ? null : stored.rule()));
        events.publishEvent(new RulebookRevised(stored.revision(), summary));
        return stored;
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> typeOf(T rule) {
        return (Class<T>) Objects.requireNonNull(rule).getClass();
    }
}
