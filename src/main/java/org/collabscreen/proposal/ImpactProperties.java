package org.collabscreen.proposal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the change-impact job re-screens stored proposals after a rulebook revision.
 *
 * @param batchSize    proposals checked per transaction
 * @param pollInterval pause between looks for pending work
 */
@ConfigurationProperties("collabscreen.impact")
@Validated
record ImpactProperties(@DefaultValue("50") @Min(1) @Max(10_000) int batchSize,
                        @DefaultValue("PT1S") @NotNull Duration pollInterval) {
}
