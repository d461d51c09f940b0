package org.collabscreen.proposal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Batch intake limits.
 *
 * @param maxSize the most proposals one batch call may carry
 */
@ConfigurationProperties("collabscreen.batch")
record BatchProperties(@DefaultValue("1000") int maxSize) {}
