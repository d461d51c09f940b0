/** Screening: the pure scoring engine and the service that runs it and keeps every screening. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Screening",
        allowedDependencies = {"framework", "matching", "rulebook", "vocabulary"})
package org.collabscreen.screening;
