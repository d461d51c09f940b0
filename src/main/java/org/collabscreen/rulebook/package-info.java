/**
 * The rulebook: institutions, technology categories, talent programmes, countries and scoring policy, their editing
 * API and revisions, and the compiled snapshot that screening matches against.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Rulebook",
        allowedDependencies = {"cluster", "matching", "security", "vocabulary", "web"})
package org.collabscreen.rulebook;
