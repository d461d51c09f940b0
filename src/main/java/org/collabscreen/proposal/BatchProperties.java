package org.collabscreen.proposal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Batch intake limits and pacing.
 *
 * @param maxSize the most proposals one batch call may carry
 * @param shareBesideSinglePosts the share of time a batch screens while single POSTs are in flight (0.05 to 1; 1
 *     screens without pause), see {@link BatchPacing}
 */
@ConfigurationProperties("collabscreen.batch")
@Validated
record BatchProperties(
        @DefaultValue("1000") int maxSize,

        @DefaultValue("0.25") @DecimalMin("0.05") @DecimalMax("1")
        double shareBesideSinglePosts) {}
