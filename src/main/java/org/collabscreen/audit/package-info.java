/** The append-only, hash-chained audit trail of every screening, rulebook change and key change. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"casework", "rulebook", "screening", "security", "vocabulary", "web"})
package org.collabscreen.audit;
