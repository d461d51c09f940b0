package org.collabscreen.security;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(OutputCaptureExtension.class)
class AdminKeyBootstrapTests {

    private final ApiKeyService keys = mock(ApiKeyService.class);

    @Test
    void withoutAConfiguredKeyAGeneratedOneIsLoggedOnceInOneLineWithInstructions(CapturedOutput output) {
        ApiKeySecret generated = ApiKeySecret.generate();
        when(keys.generateAdminKeyIfNone()).thenReturn(Optional.of(generated));

        bootstrap(null);

        assertThat(output.getAll().lines().filter(line -> line.contains(generated.value())))
                .singleElement()
                .asString()
                .contains("X-API-Key")
                .contains("COLLABSCREEN_ADMIN_API_KEY");
    }

    @Test
    void nothingIsLoggedWhenKeysExist(CapturedOutput output) {
        when(keys.generateAdminKeyIfNone()).thenReturn(Optional.empty());

        bootstrap(" ");

        assertThat(output.getAll()).doesNotContain("cs_live_");
    }

    @Test
    void theConfiguredKeyIsEnsuredAndNeverLogged(CapturedOutput output) {
        String configured = "cs_live_configured_by_the_operator_0123456789";
        when(keys.ensureAdminKey(new ApiKeySecret(configured))).thenReturn(ApiKeyService.Bootstrap.CREATED);

        bootstrap(configured);

        verify(keys).ensureAdminKey(new ApiKeySecret(configured));
        verify(keys, never()).generateAdminKeyIfNone();
        assertThat(output.getAll()).contains("Created the ADMIN API key").doesNotContain(configured);
    }

    private void bootstrap(String configured) {
        new AdminKeyBootstrap(
                        keys,
                        new SecurityProperties(
                                configured,
                                new SecurityProperties.RateLimit(1, null),
                                new SecurityProperties.Cors(java.util.List.of())))
                .run(new DefaultApplicationArguments());
    }
}
