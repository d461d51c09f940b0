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
 * @param settle         the longest the job waits, after a revision (by the database's clock), for every instance to
 *                       report that it screens with it; normally the reports come within a second or two (each
 *                       instance is notified and compiles the revision at once), and the job covers the proposals
 *                       inserted until then
 * @param inFlightGrace  how long every instance must have served the revision before the job settles it: time for a
 *                       screening that took the older rulebook just before the revision arrived to reach its own
 *                       transaction
 * @param maxAttempts    failed attempts in a row after which a job is FAILED and later jobs go on
 */
@ConfigurationProperties("collabscreen.impact")
@Validated
record ImpactProperties(
        @DefaultValue("50") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("PT1S") @NotNull Duration pollInterval,
        @DefaultValue("PT30S") @NotNull Duration settle,
        @DefaultValue("PT1S") @NotNull Duration inFlightGrace,
        @DefaultValue("5") @Min(1) @Max(1000) int maxAttempts) {}
