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
 * @param settle         how long after a revision (by the database's clock) an instance may still screen with the
 *                       rulebook before it (every instance re-checks the revision each second): the job covers
 *                       proposals inserted until then
 * @param maxAttempts    failed attempts in a row after which a job is FAILED and later jobs go on
 */
@ConfigurationProperties("collabscreen.impact")
@Validated
record ImpactProperties(
        @DefaultValue("50") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("PT1S") @NotNull Duration pollInterval,
        @DefaultValue("PT3S") @NotNull Duration settle,
        @DefaultValue("5") @Min(1) @Max(1000) int maxAttempts) {}
