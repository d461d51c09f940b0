package org.collabscreen.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Group commit of single submissions ({@link GroupedProposalWrites}).
 *
 * @param writers writer threads per instance (1 to 8). Each takes every proposal waiting when it is free, so fewer
 *     writers make larger transactions and fewer commits; more help only when one commit takes long (a distant
 *     database)
 */
@ConfigurationProperties("collabscreen.proposals.group-commit")
@Validated
record GroupCommitProperties(
        @DefaultValue("1") @Min(1) @Max(8) int writers) {}
