/** Embedded PostgreSQL for the quick start: used when no external database is configured. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Embedded database",
        allowedDependencies = {})
package org.collabscreen.database;
