package org.collabscreen.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a page's {@code totalItems} is counted exactly or estimated. */
@Schema(enumAsRef = true, description = "Whether totalItems is counted exactly or estimated")
public enum TotalKind {
    EXACT,
    ESTIMATE
}
