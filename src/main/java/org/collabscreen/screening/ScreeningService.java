package org.collabscreen.screening;

import java.time.Clock;
import java.time.Instant;
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
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreeningService(
            RulebookSnapshots rulebook,
            ScreeningRepository screenings,
            JsonMapper json,
            ApplicationEventPublisher events,
            RuleVersions ruleVersions,
            ObjectProvider<ProposalDispositions> dispositions) {
        this.dispositionApplier = new DispositionApplier(engine, ruleVersions);
        this.dispositions = dispositions;
        this.rulebook = rulebook;
        this.events = events;
        this.screenings = screenings;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** Screens the subject against the current rulebook and stores the result; joins the caller's transaction. */
    @Transactional
    public Screening screen(UUID proposalId, ScreeningSubject subject) {
        return store(proposalId, assess(subject, rulebook.current()), null, false);
    }

    /**
     * Screens a stored proposal again against the current rulebook, applying the dispositions reviewers recorded on
     * its findings; joins the caller's transaction.
     */
    @Transactional
    public Screening rescreen(UUID proposalId, ScreeningSubject subject) {
        RulebookSnapshot current = rulebook.current();
        List<RecordedDisposition> recorded = dispositions.stream()
                .flatMap(source -> source.recordedFor(proposalId).stream())
                .toList();
        if (recorded.isEmpty()) {
            return store(proposalId, assess(subject, current), null, false);
        }
        DispositionApplier.Result result = dispositionApplier.screen(subject, current, recorded);
        return store(proposalId, withVerdicts(result.assessment(), subject, current), result.applied(), false);
    }

    /**
     * Screens the subject against the rulebook as it stood at a past revision and stores the result as a
     * reproduction: in the history, never the proposal's latest screening.
     */
    @Transactional
    public Screening reproduceAsOf(UUID proposalId, ScreeningSubject subject, int revision) {
        return store(proposalId, assessAsOf(subject, revision), null, true);
    }

    /** What screening the subject against the rulebook as of a revision finds, without storing anything. */
    public Assessment assessAsOf(ScreeningSubject subject, int revision) {
        RulebookSnapshot past = rulebook.asOf(revision).orElseThrow(() -> new UnknownRevisionException(revision));
        return assess(subject, past);
    }

    /** The engine's assessment with the funder verdicts, both against the same rulebook revision. */
    private Assessment assess(ScreeningSubject subject, RulebookSnapshot snapshot) {
        return withVerdicts(engine.screen(subject, snapshot), subject, snapshot);
    }

    private Assessment withVerdicts(Assessment assessment, ScreeningSubject subject, RulebookSnapshot snapshot) {
        return subject.frameworkFacts() == null
                ? assessment
                : assessment.withVerdicts(frameworks.evaluate(subject.frameworkFacts(), snapshot));
    }

    private Screening store(UUID proposalId, Assessment assessment, DispositionsApplied applied, boolean reproduction) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ScreeningRecord saved = screenings.save(new ScreeningRecord(
                UUID.randomUUID(),
                proposalId,
                now,
                assessment,
                json.writeValueAsString(assessment),
                applied == null ? null : json.writeValueAsString(applied),
                reproduction));
        events.publishEvent(new ScreeningCompleted(
                proposalId,
                saved.getId(),
                assessment.rulebookRevision(),
                assessment.overallRisk(),
                assessment.dualUse().score(),
                assessment.talentProgramme().score(),
                reproduction));
        return new Screening(saved.getId(), proposalId, now, assessment, reproduction, applied);
    }

    @Transactional(readOnly = true)
    public Optional<Screening> latest(UUID proposalId) {
        return screenings
                .findFirstByProposalIdAndReproductionFalseOrderByScreenedAtDescIdDesc(proposalId)
                .map(this::toScreening);
    }

    /** The newest screenings of a proposal, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Screening> history(UUID proposalId, int limit) {
        return screenings.findByProposalIdOrderByScreenedAtDescIdDesc(proposalId, Limit.of(limit)).stream()
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
