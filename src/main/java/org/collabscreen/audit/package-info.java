/** The append-only, hash-chained audit trail of every screening, rulebook change, key change and webhook change. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"casework", "rulebook", "screening", "security", "vocabulary", "web", "webhook"})
package org.collabscreen.audit;
