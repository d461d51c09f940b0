package org.collabscreen.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.collabscreen.framework.FrameworkCode;
import org.collabscreen.framework.FrameworkSelection;
import org.collabscreen.screening.Assessment;
import org.collabscreen.screening.RiskScore;
import org.collabscreen.screening.Screening;
import org.collabscreen.screening.ScreeningService;
import org.collabscreen.security.Viewer;
import org.collabscreen.vocabulary.RiskLevel;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProposalServiceTests {

    private final ProposalRepository repository = mock(ProposalRepository.class);
    private final ScreeningService screenings = mock(ScreeningService.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final ProposalService service = new ProposalService(
            repository,
            mock(ProposalWriter.class),
            mock(ProposalListQuery.class),
            screenings,
            JsonMapper.builder().build(),
            events,
            frameworks(),
            noCases());

    private static FrameworkSelection frameworks() {
        FrameworkSelection selection = mock(FrameworkSelection.class);
        when(selection.resolve(any())).thenReturn(List.of(FrameworkCode.values()));
        return selection;
    }

    private static final Viewer VIEWER = new Viewer("uni-madrid", false);
    private final UUID id = UUID.randomUUID();

    @Test
    void publishesRiskChangedWhenARescreenChangesTheOverallRisk() {
        storedProposal(RiskLevel.MEDIUM);
        Screening rescreened = screening(RiskLevel.HIGH, 8);
        when(screenings.rescreen(eq(id), any())).thenReturn(rescreened);

        service.rescreen(id, VIEWER);

        ArgumentCaptor<ProposalRiskChanged> event = ArgumentCaptor.forClass(ProposalRiskChanged.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue())
                .isEqualTo(new ProposalRiskChanged(
                        id,
                        "GP-7",
                        VIEWER.client(),
                        RiskLevel.MEDIUM,
                        RiskLevel.HIGH,
                        rescreened.id(),
                        8,
                        rescreened.screenedAt()));
    }

    @Test
    void publishesNothingWhenTheOverallRiskStaysTheSame() {
        storedProposal(RiskLevel.HIGH);
        when(screenings.rescreen(eq(id), any())).thenReturn(screening(RiskLevel.HIGH, 8));

        service.rescreen(id, VIEWER);

        verify(events, never()).publishEvent(any(Object.class));
    }

    @Test
    void aReproductionAtAPastRevisionLeavesTheRiskAndPublishesNothing() {
        Proposal stored = storedProposal(RiskLevel.CRITICAL);
        when(repository.findById(id)).thenReturn(Optional.of(stored));
        when(screenings.reproduceAsOf(eq(id), any(), eq(3))).thenReturn(screening(RiskLevel.LOW, 3));

        service.reproduce(id, VIEWER, 3);

        verify(repository, never()).recordLatestScreening(any(), any(), any());
        verify(events, never()).publishEvent(any(Object.class));
    }

    private static ObjectProvider<ProposalCases> noCases() {
        return new StaticListableBeanFactory().getBeanProvider(ProposalCases.class);
    }

    private Proposal storedProposal(RiskLevel latestRisk) {
        ProposalRequest request = new ProposalRequest(
                "Harbin Institute of Technology",
                "CN",
                "optics",
                null,
                null,
                "GP-7",
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null);
        Proposal proposal =
                new Proposal(id, Instant.now(), VIEWER.client(), request, "[]", "[]", null, screening(latestRisk, 7));
        when(repository.findForRescreen(id)).thenReturn(Optional.of(proposal));
        return proposal;
    }

    private Screening screening(RiskLevel overall, int revision) {
        return new Screening(
                UUID.randomUUID(),
                id,
                Instant.now(),
                new Assessment(
                        revision,
                        overall,
                        new RiskScore(50, overall),
                        new RiskScore(0, RiskLevel.LOW),
                        List.of(),
                        List.of(),
                        null),
                false);
    }
}
