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

import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.screening.engine.ScreeningEngine;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Runs the engine on a proposal against the current rulebook and keeps every screening. */
@Service
public class ScreeningService {

    /** Same order as the database's: time, then id as PostgreSQL compares uuids. */
    private static final Comparator<Screening> NEWEST = Comparator.comparing(Screening::screenedAt)
            .thenComparing(screening -> screening.id().toString());

    private final ScreeningEngine engine = new ScreeningEngine();
    private final RulebookSnapshots rulebook;
    private final ScreeningRepository screenings;
    private final JsonMapper json;
    private final Clock clock;

    ScreeningService(RulebookSnapshots rulebook, ScreeningRepository screenings, JsonMapper json) {
        this.rulebook = rulebook;
        this.screenings = screenings;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** Screens the subject and stores the result; joins the caller's transaction. */
    @Transactional
    public Screening screen(UUID proposalId, ScreeningSubject subject) {
        Assessment assessment = engine.screen(subject, rulebook.current());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ScreeningRecord saved = screenings.save(new ScreeningRecord(UUID.randomUUID(), proposalId, now, assessment,
                json.writeValueAsString(assessment)));
        return new Screening(saved.getId(), proposalId, now, assessment);
    }

    @Transactional(readOnly = true)
    public Optional<Screening> latest(UUID proposalId) {
        return screenings.findFirstByProposalIdOrderByScreenedAtDescIdDesc(proposalId).map(this::toScreening);
    }

    /** The newest screenings of a proposal, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Screening> history(UUID proposalId, int limit) {
        return screenings.findByProposalIdOrderByScreenedAtDescIdDesc(proposalId, Limit.of(limit)).stream()
                .map(this::toScreening).toList();
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
        return screenings.findLatestFor(proposalIds).stream().map(this::toScreening)
                .collect(Collectors.toMap(Screening::proposalId, Function.identity(), BinaryOperator.maxBy(NEWEST)));
    }

    private Screening toScreening(ScreeningRecord record) {
        return new Screening(record.getId(), record.proposalId(), record.screenedAt(),
                json.readValue(record.assessmentJson(), Assessment.class));
    }
}
