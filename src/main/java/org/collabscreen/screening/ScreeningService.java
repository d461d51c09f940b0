package org.collabscreen.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collabscreen.framework.FrameworkVerdicts;
import org.collabscreen.rulebook.RuleVersions;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.screening.engine.ScreeningEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Runs the engine on a proposal against the current rulebook and keeps every screening. */
@Service
public class ScreeningService {

    /** Same order as the database's: time, then id as PostgreSQL compares uuids. */
    /**
     * Reads stored screenings as they were stored: they quote proposal text, and the request mapper's input checks,
     * which may have grown stricter since, must not make an old screening unreadable.
     */
    private static final JsonMapper STORED = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final Comparator<Screening> NEWEST = Comparator.comparing(Screening::screenedAt)
            .thenComparing(screening -> screening.id().toString());

    private final ScreeningEngine engine = new ScreeningEngine();
    private final FrameworkVerdicts frameworks = new FrameworkVerdicts();
    private final DispositionApplier dispositionApplier;
    private final ObjectProvider<ProposalDispositions> dispositions;
    private final RulebookSnapshots rulebook;
    private final ScreeningRepository screenings;
    private final ScreeningWriter writer;
    private final ScreeningMetrics metrics;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreeningService(
            RulebookSnapshots rulebook,
            ScreeningRepository screenings,
            ScreeningWriter writer,
            ScreeningMetrics metrics,
            JsonMapper json,
            ApplicationEventPublisher events,
            RuleVersions ruleVersions,
            ObjectProvider<ProposalDispositions> dispositions) {
        this.dispositionApplier = new DispositionApplier(engine, ruleVersions);
        this.dispositions = dispositions;
        this.rulebook = rulebook;
        this.writer = writer;
        this.metrics = metrics;
        this.events = events;
        this.screenings = screenings;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** Screens the subject against the current rulebook and stores the result; joins the caller's transaction. */
    @Transactional
    public Screening screen(UUID proposalId, ScreeningSubject subject) {
        return stored(assess(proposalId, subject));
    }

    /**
     * Screens the subject against the current rulebook without storing anything, so it can run before any transaction
     * begins or lock is taken; {@link #prepare} and {@link #storeFirst} keep the result.
     */
    public Screening assess(UUID proposalId, ScreeningSubject subject) {
        return new Screening(UUID.randomUUID(), proposalId, now(), judged(subject, rulebook.current()), false);
    }

    /**
     * A screening made by {@link #assess} reduced to what storing it needs, so that a caller storing many at once keeps
     * their rows rather than the engine's objects until it stores them with {@link #storeFirst}.
     */
    public PreparedScreening prepare(Screening made) {
        return writer.prepare(made);
    }

    /**
     * Stores the first screenings of proposals stored in the same transaction, in JDBC batches, and publishes
     * {@link ScreeningCompleted} for each, marked as the first, so that no listener looks for what only exists from
     * now on (a review case); joins the caller's transaction.
     */
    @Transactional
    public void storeFirst(List<PreparedScreening> prepared) {
        insert(prepared, true);
    }

    private void insert(List<PreparedScreening> prepared, boolean first) {
        writer.insertPrepared(prepared);
        metrics.countWhenCommitted(prepared);
        prepared.forEach(screening -> events.publishEvent(new ScreeningCompleted(
                screening.proposalId(),
                screening.id(),
                screening.rulebookRevision(),
                screening.overallRisk(),
                screening.dualUseScore(),
                screening.talentProgrammeScore(),
                screening.reproduction(),
                first)));
    }

    /**
     * Screens a stored proposal again against the current rulebook, applying the dispositions reviewers recorded on
     * its findings; joins the caller's transaction.
     */
    @Transactional
    public Screening rescreen(UUID proposalId, ScreeningSubject subject) {
        RulebookSnapshot current = rulebook.current().forOneScreening();
        List<RecordedDisposition> recorded = dispositions.stream()
                .flatMap(source -> source.recordedFor(proposalId).stream())
                .toList();
        if (recorded.isEmpty()) {
            return stored(new Screening(UUID.randomUUID(), proposalId, now(), judged(subject, current), false));
        }
        DispositionApplier.Result result = dispositionApplier.screen(subject, current, recorded);
        return stored(new Screening(
                UUID.randomUUID(),
                proposalId,
                now(),
                withVerdicts(result.assessment(), subject, current),
                false,
                result.applied()));
    }

    /**
     * Screens the subject against the rulebook as it stood at a past revision and stores the result as a
     * reproduction: in the history, never the proposal's latest screening.
     */
    @Transactional
    public Screening reproduceAsOf(UUID proposalId, ScreeningSubject subject, int revision) {
        return stored(new Screening(UUID.randomUUID(), proposalId, now(), assessAsOf(subject, revision), true));
    }

    /** What screening the subject against the rulebook as of a revision finds, without storing anything. */
    public Assessment assessAsOf(ScreeningSubject subject, int revision) {
        RulebookSnapshot past = rulebook.asOf(revision).orElseThrow(() -> new UnknownRevisionException(revision));
        return judged(subject, past);
    }

    /**
     * The engine's assessment with the funder verdicts, both against the same rulebook revision; the frameworks reuse
     * the names and texts the engine has matched.
     */
    private Assessment judged(ScreeningSubject subject, RulebookSnapshot snapshot) {
        RulebookSnapshot oneScreening = snapshot.forOneScreening();
        return withVerdicts(engine.screen(subject, oneScreening), subject, oneScreening);
    }

    private Assessment withVerdicts(Assessment assessment, ScreeningSubject subject, RulebookSnapshot snapshot) {
        return subject.frameworkFacts() == null
                ? assessment
                : assessment.withVerdicts(frameworks.evaluate(subject.frameworkFacts(), snapshot));
    }

    private Screening stored(Screening screening) {
        insert(List.of(writer.prepare(screening)), false);
        return screening;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(readOnly = true)
    public Optional<Screening> latest(UUID proposalId) {
        return screenings
                .findFirstByProposalIdAndReproductionFalseOrderByScreenedAtDescIdDesc(proposalId)
                .map(this::toScreening);
    }

    /** A stored screening, as stored. */
    @Transactional(readOnly = true)
    public Optional<Screening> find(UUID screeningId) {
        return screenings.findById(screeningId).map(this::toScreening);
    }

    /** The newest screenings of a proposal, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Screening> history(UUID proposalId, int limit) {
        return screenings.findByProposalIdOrderByScreenedAtDescIdDesc(proposalId, Limit.of(limit)).stream()
                .map(this::toScreening)
                .toList();
    }

    /** The screenings of a proposal that follow, newest first, the one screened at {@code at} with id {@code id}. */
    @Transactional(readOnly = true)
    public List<Screening> historyAfter(UUID proposalId, Instant at, UUID id, int limit) {
        return screenings.findHistoryAfter(proposalId, at.atOffset(ZoneOffset.UTC), id, limit).stream()
                .map(this::toScreening)
                .toList();
    }

    /** The rulebook revision of each proposal's first screening (reproductions aside): the rules it was decided on. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> firstRevisions(Collection<UUID> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        return screenings.findFirstRevisions(proposalIds).stream()
                .collect(Collectors.toMap(
                        ScreeningRepository.FirstRevision::proposalId, ScreeningRepository.FirstRevision::revision));
    }

    @Transactional(readOnly = true)
    public long count(UUID proposalId) {
        return screenings.countByProposalId(proposalId);
    }

    @Transactional(readOnly = true)
    public Map<UUID, Screening> latest(Collection<UUID> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        return screenings.findLatestFor(proposalIds).stream()
                .map(this::toScreening)
                .collect(Collectors.toMap(Screening::proposalId, Function.identity(), BinaryOperator.maxBy(NEWEST)));
    }

    private Screening toScreening(ScreeningRecord record) {
        return new Screening(
                record.getId(),
                record.proposalId(),
                record.screenedAt(),
                STORED.readValue(record.assessmentJson(), Assessment.class),
                record.reproduction(),
                record.dispositionsJson() == null
                        ? null
                        : STORED.readValue(record.dispositionsJson(), DispositionsApplied.class));
    }
}
