/**
 * Shared web concerns: problem+json errors, request limits, validation of shared formats, OpenAPI description,
 * paging.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web",
        allowedDependencies = {})
package org.collabscreen.web;
