package org.collabscreen.rulebook;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The compiled rulebooks kept in memory besides the current one.
 *
 * @param pastRevisionsMaxNames how many names (each institution's and programme's name and aliases, and each
 *                              technology category) the past revisions kept for {@code asOfRevision} may hold in all;
 *                              the least recently used go first
 */
@Validated
@ConfigurationProperties("collabscreen.rulebook.snapshots")
record RulebookSnapshotProperties(
        @DefaultValue("250000") @Min(0) long pastRevisionsMaxNames) {}
