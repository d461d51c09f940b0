package org.collabscreen.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode stops start-up, naming every missing setting at once, instead of letting each instance generate
 * keys that the others do not share.
 */
class ProductionSettingsTests {

    private final ApplicationContextRunner production = new ApplicationContextRunner()
            .withUserConfiguration(ProductionSettings.class)
            .withPropertyValues("collabscreen.production=true");

    @Test
    void productionModeWithoutSharedSettingsNamesEachOfThemAndHowToSetIt() {
        production.withPropertyValues("collabscreen.audit.hmac-key=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(ProductionSettingsMissingException.class);

            FailureAnalysis analysis = new ProductionSettingsFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription())
                    .contains(
                            "spring.datasource.url",
                            "collabscreen.audit.hmac-key or collabscreen.audit.key-file",
                            "collabscreen.evidence.signing-key or collabscreen.evidence.key-file");
            assertThat(analysis.getAction())
                    .contains(
                            "same values on every instance",
                            "SPRING_DATASOURCE_URL",
                            "COLLABSCREEN_AUDIT_HMAC_KEY",
                            "COLLABSCREEN_EVIDENCE_SIGNING_KEY");
        });
    }

    @Test
    void onlyTheMissingSettingsAreNamed() {
        production
                .withPropertyValues(
                        "spring.datasource.url=jdbc:postgresql://db:5432/collabscreen",
                        "collabscreen.evidence.key-file=/run/secrets/evidence.pem")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis =
                            new ProductionSettingsFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription())
                            .contains("collabscreen.audit.hmac-key")
                            .doesNotContain("spring.datasource.url", "collabscreen.evidence.signing-key");
                });
    }

    @Test
    void productionModeWithEverySharedSettingStarts() {
        production
                .withPropertyValues(
                        "spring.datasource.url=jdbc:postgresql://db:5432/collabscreen",
                        "collabscreen.audit.hmac-key=00112233445566778899aabbccddeeff",
                        "collabscreen.evidence.key-file=/run/secrets/evidence.pem")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theQuickStartNeedsNoneOfThem() {
        new ApplicationContextRunner()
                .withUserConfiguration(ProductionSettings.class)
                .run(context -> assertThat(context).hasNotFailed());
    }
}
