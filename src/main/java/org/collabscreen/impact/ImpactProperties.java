package org.collabscreen.impact;

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
 * @param batchSize      proposals checked per transaction
 * @param pollInterval   pause between looks for pending work
 * @param inFlightMargin how long a proposal's transaction may take: the job only looks at proposals at least this old,
 *                       so none commits behind it
 * @param settle         how long after a revision an instance may still screen with the rulebook before it (every
 *                       instance re-checks the revision each second): the job covers proposals created until then
 */
@ConfigurationProperties("collabscreen.impact")
@Validated
record ImpactProperties(
        @DefaultValue("50") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("PT1S") @NotNull Duration pollInterval,
        @DefaultValue("PT5S") @NotNull Duration inFlightMargin,
        @DefaultValue("PT3S") @NotNull Duration settle) {}
