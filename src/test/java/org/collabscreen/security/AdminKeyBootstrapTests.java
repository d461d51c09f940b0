package org.collabscreen.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(OutputCaptureExtension.class)
class AdminKeyBootstrapTests {

    private final ApiKeyService keys = mock(ApiKeyService.class);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void generatedKeyIsPrintedOnceOnTheConsoleWithInstructionsAndNeverLogged(CapturedOutput log) {
        ApiKeySecret generated = ApiKeySecret.generate();
        when(keys.generateFirstAdminKey()).thenReturn(new ApiKeyService.FirstAdminKey(Optional.of(generated), false));

        bootstrap(null);

        assertThat(consoleText().lines().filter(line -> line.contains(generated.value())))
                .singleElement()
                .asString()
                .contains("X-API-Key")
                .contains("COLLABSCREEN_ADMIN_API_KEY");
        assertThat(log.getAll()).doesNotContain(generated.value()).contains("printed once on the console");
    }

    @Test
    void nothingIsPrintedWhenKeysExist(CapturedOutput log) {
        when(keys.generateFirstAdminKey()).thenReturn(new ApiKeyService.FirstAdminKey(Optional.empty(), false));

        bootstrap(" ");

        assertThat(consoleText()).isEmpty();
        assertThat(log.getAll()).doesNotContain("cs_live_").doesNotContain("recover");
    }

    @Test
    void whenEveryKeyWasRevokedNoneIsMintedAndTheLogSaysHowToRecover(CapturedOutput log) {
        when(keys.generateFirstAdminKey()).thenReturn(new ApiKeyService.FirstAdminKey(Optional.empty(), true));

        bootstrap(null);

        assertThat(consoleText()).isEmpty();
        assertThat(log.getAll()).contains("every existing key is revoked", "COLLABSCREEN_ADMIN_API_KEY");
    }

    @Test
    void theConfiguredKeyIsEnsuredAndNeverLogged(CapturedOutput log) {
        String configured = "cs_live_configured_by_the_operator_0123456789";
        when(keys.ensureAdminKey(new ApiKeySecret(configured))).thenReturn(ApiKeyService.Bootstrap.CREATED);

        bootstrap(configured);

        verify(keys).ensureAdminKey(new ApiKeySecret(configured));
        verify(keys, never()).generateFirstAdminKey();
        assertThat(log.getAll()).contains("Created the ADMIN API key").doesNotContain(configured);
        assertThat(consoleText()).doesNotContain(configured);
    }

    @Test
    void serviceMintsNoKeyOnceKeysHaveExistedEvenIfAllAreRevoked() {
        ApiKeyRepository repository = mock(ApiKeyRepository.class);
        when(repository.count()).thenReturn(2L);
        when(repository.existsByRevokedAtIsNull()).thenReturn(false);

        ApiKeyService.FirstAdminKey first = new ApiKeyService(
                        repository, mock(ApiKeyChanges.class), mock(ApplicationEventPublisher.class))
                .generateFirstAdminKey();

        assertThat(first.generated()).isEmpty();
        assertThat(first.onlyRevokedKeys()).isTrue();
        verify(repository, never()).save(any());
    }

    @Test
    void serviceMintsTheFirstKeyOfANewInstallation() {
        ApiKeyRepository repository = mock(ApiKeyRepository.class);
        when(repository.count()).thenReturn(0L);
        when(repository.save(any())).thenAnswer(invocation -> invocation.getArgument(0));

        ApiKeyService.FirstAdminKey first = new ApiKeyService(
                        repository, mock(ApiKeyChanges.class), mock(ApplicationEventPublisher.class))
                .generateFirstAdminKey();

        assertThat(first.generated()).isPresent();
        verify(repository).save(any());
    }

    private void bootstrap(String configured) {
        new AdminKeyBootstrap(
                        keys,
                        new SecurityProperties(
                                configured,
                                new SecurityProperties.RateLimit(
                                        1, null, 1, SecurityProperties.RateLimit.Scope.INSTANCE, 1, null),
                                new SecurityProperties.Unauthenticated(1, null),
                                new SecurityProperties.Cors(List.of())),
                        new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(new DefaultApplicationArguments());
    }

    private String consoleText() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
