/**
 * Seed conversion: turns the public reference lists under rulebook-seed/ into the rulebook's first revision, once,
 * as a Flyway migration. Nothing at run time depends on it; it uses only the matcher's name normal form and its
 * acronym rule.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Rulebook seed",
        allowedDependencies = {"matching", "vocabulary"})
package org.collabscreen.seed;
