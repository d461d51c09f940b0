/**
 * Change impact: after each rulebook revision, a background job finds the stored proposals whose screening the
 * revision changes, re-screens them and lists them under /api/v1/rulebook/revisions/{n}/impact.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Change impact",
        allowedDependencies = {"proposal", "rulebook", "screening", "security", "vocabulary", "web"})
package org.collabscreen.impact;
